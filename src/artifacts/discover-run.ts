import { readdir, stat } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import { DspError } from "../errors.ts";
import type { ArtifactContract } from "./artifact-contract.ts";
import { requireFormat } from "./artifact-format.ts";
import { compilePattern } from "./artifact-pattern.ts";
import { requireCompletePartitions } from "./require-complete-partitions.ts";
import type { ArtifactFile } from "./run-folder.ts";

/** The artifact files of a run folder, grouped by contract. */
export interface DiscoveredRun {
  root: string;
  files: ArtifactFile[];
}

async function requireFolder(root: string): Promise<void> {
  const info = await stat(root).catch(() => undefined);
  if (info === undefined) {
    throw new DspError(
      "not_found",
      `Run folder ${root} does not exist. Pass the folder that contains the simulator's output files.`,
      {
        file: root,
      },
    );
  }
  if (!info.isDirectory()) {
    throw new DspError(
      "invalid_input",
      `Run folder ${root} is a file, not a folder. Pass the folder that contains the simulator's output files.`,
      {
        file: root,
      },
    );
  }
}

/** Lists every regular file under a folder as sorted `/`-separated relative paths, skipping hidden entries. */
export async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const paths = entries
    .filter((entry) => entry.isFile() && !entry.name.startsWith("."))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .filter((path) => !path.split("/").some((part) => part.startsWith(".")));
  return paths.sort();
}

function isExcluded(contract: ArtifactContract, partitions: Record<string, string>): boolean {
  return Object.entries(contract.exclude ?? {}).some(([key, values]) => {
    const value = partitions[key];
    return value !== undefined && values.includes(value);
  });
}

async function describeFile(
  root: string,
  relativePath: string,
  contract: ArtifactContract,
  partitions: Record<string, string>,
): Promise<ArtifactFile> {
  const path = join(root, relativePath);
  const { size } = await stat(path);
  if (size === 0) {
    throw new DspError(
      "contract_violation",
      `Artifact file ${path} is empty (0 bytes), but the "${contract.name}" contract expects ${contract.format} data. Export the file again from the simulator or remove it.`,
      { file: path, expected: contract.format },
    );
  }
  return {
    artifact: contract.name,
    path,
    relativePath,
    format: requireFormat(relativePath),
    size,
    partitions,
  };
}

/**
 * Finds the files of each contract in a run folder. A file may match several contracts;
 * files that match none are ignored. Files come in lexicographic order of their relative path.
 * Throws when a partitioned artifact lacks a file in a partition that other artifacts have.
 */
export async function discoverRun(
  folder: string,
  contracts: ArtifactContract[],
): Promise<DiscoveredRun> {
  const root = resolve(folder);
  await requireFolder(root);
  const paths = await listFiles(root);

  const files: ArtifactFile[] = [];
  for (const contract of contracts) {
    const pattern = compilePattern(contract.pattern);
    for (const relativePath of paths) {
      const partitions = pattern.match(relativePath);
      if (partitions !== undefined && !isExcluded(contract, partitions)) {
        files.push(await describeFile(root, relativePath, contract, partitions));
      }
    }
  }
  requireCompletePartitions(root, contracts, files);
  return { root, files };
}
