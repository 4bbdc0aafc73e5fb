import { once } from "node:events";
import { readServerConfig } from "../../api/server-config.ts";
import { startServer } from "../../api/start-server.ts";
import { openStore } from "../../store/open-store.ts";
import type { CliCommand } from "../cli-command.ts";
import { parseOptions } from "../parse-options.ts";

const usage = `Usage: dsp serve [--host H] [--port P] [--store URL] [--no-worker]

Serves the v1 HTTP API and runs queued jobs in the same process until SIGTERM or SIGINT.
  --host       address to listen on (default: DSP_HOST, else 127.0.0.1)
  --port       TCP port, 0 for any free one (default: DSP_PORT, else 8080)
  --store      store URL (default: DSP_STORE_URL, else .dsp/dsp.sqlite)
  --no-worker  serve only; another process runs the jobs

Environment: DSP_DATA_DIR (upload folder, default .dsp/runs), DSP_MAX_ARTIFACT_BYTES
(upload limit in bytes, default 10 GiB), DSP_PUBLIC_READS (true lets reads skip the token;
default false), DSP_PACKS (extra packs as name=folder,...), DSP_LOG_LEVEL.`;

export const serveCommand: CliCommand = {
  name: "serve",
  summary: "Serve the HTTP API and run queued jobs",
  usage,
  async run(context) {
    const { values } = parseOptions(
      context.argv,
      {
        host: { type: "string" },
        port: { type: "string" },
        store: { type: "string" },
        "no-worker": { type: "boolean", default: false },
      },
      usage,
    );
    const config = readServerConfig({ ...values, worker: !values["no-worker"] }, context.env);
    const { logger } = context;
    const store = await openStore(config.storeUrl);
    const server = await startServer(config, store, logger);
    context.stdout.write(`Listening on ${server.address}\n`);

    const signal = await Promise.race([once(process, "SIGTERM"), once(process, "SIGINT")]);
    logger.info({ signal: String(signal[0] ?? "") }, "shutdown started");
    await server.stop();
    await store.close();
    logger.info("shutdown finished");
    return 0;
  },
};
