import { link, mkdir, readdir, rm } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";

/** Matches `raw-output/<scenario>/seed=<seed>/host.<ext>` and captures the scenario. */
const hostFile = /(?:^|\/)raw-output\/([^/]+)\/seed=[^/]+\/host\.[^/]+$/;

/**
 * Builds a copy of a run folder, as hard links, that keeps the host table of scenario 0 only.
 * The legacy carbon-demo script reads host from scenario 0 alone, so pointing the DSP at this
 * view makes it read the same files as pandas. Hard links, not symlinks, because run discovery
 * lists regular files only. Both folders must be on one filesystem.
 */
export async function linkHostOfFirstScenarioOnly(
  sourceRoot: string,
  targetRoot: string,
): Promise<void> {
  await rm(targetRoot, { recursive: true, force: true });
  const entries = await readdir(sourceRoot, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) {
      continue;
    }
    const relativePath = relative(sourceRoot, join(entry.parentPath, entry.name));
    const scenario = hostFile.exec(relativePath.split(sep).join("/"))?.[1];
    if (scenario !== undefined && scenario !== "0") {
      continue;
    }
    const target = join(targetRoot, relativePath);
    await mkdir(dirname(target), { recursive: true });
    await link(join(sourceRoot, relativePath), target);
  }
}

/** Lists the files of a run folder whose names match, for warming the page cache. */
export async function listRunFiles(root: string, pattern: RegExp): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && pattern.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
