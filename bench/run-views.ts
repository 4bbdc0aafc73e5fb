import { link, mkdir, readdir, rm } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";

/** Matches a file under `raw-output/<scenario>/` and captures the scenario. */
const scenarioFile = /(?:^|\/)raw-output\/([^/]+)\//;

/**
 * Builds a copy of a run folder, as hard links, that keeps scenario 0 only. The legacy
 * carbon-demo script reads the host table of scenario 0 alone, so pointing the DSP at this view
 * gives it the same host table to read as pandas. The DSP rejects a run where only some
 * scenarios have a host file, so the view drops the other scenarios' small tables too. Hard
 * links, not symlinks, because run discovery lists regular files only, so both folders must be
 * on one filesystem.
 */
export async function linkFirstScenarioOnly(sourceRoot: string, targetRoot: string): Promise<void> {
  await rm(targetRoot, { recursive: true, force: true });
  const entries = await readdir(sourceRoot, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) {
      continue;
    }
    const relativePath = relative(sourceRoot, join(entry.parentPath, entry.name));
    const scenario = scenarioFile.exec(relativePath.split(sep).join("/"))?.[1];
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
