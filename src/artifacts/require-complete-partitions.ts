import { DspError } from "../errors.ts";
import type { ArtifactContract } from "./artifact-contract.ts";
import type { ArtifactFile } from "./run-folder.ts";

/** Returns a partition's values as `scenario=1, seed=0`, in the pattern's placeholder order. */
function describePartition(partitions: Record<string, string>): string {
  return Object.entries(partitions)
    .map(([key, value]) => `${key}=${value}`)
    .join(", ");
}

/** Returns a key equal for files of the same partition, whatever their placeholder order. */
function partitionKey(partitions: Record<string, string>): string {
  return JSON.stringify(Object.entries(partitions).sort(([a], [b]) => a.localeCompare(b)));
}

function missingFile(
  root: string,
  contract: ArtifactContract | undefined,
  artifact: string,
  witness: ArtifactFile,
): DspError {
  const partition = describePartition(witness.partitions);
  const pattern = (contract?.pattern ?? artifact).replace(
    /\{([A-Za-z_][A-Za-z0-9_]*)\}/g,
    (placeholder, name: string) => witness.partitions[name] ?? placeholder,
  );
  return new DspError(
    "contract_violation",
    `Run folder ${root} has no "${artifact}" file for ${partition}, but has ${witness.relativePath} there and "${artifact}" files for other partitions. Add a file matching ${pattern}, or remove that partition's files, so that no chart leaves the partition out.`,
    { file: root, field: artifact, value: partition, expected: pattern },
  );
}

/**
 * Throws when an artifact has files in some partitions but lacks one in a partition where other
 * artifacts with the same placeholders have files, such as `powerSource.parquet` missing from
 * one OpenDC scenario. Charts would otherwise silently compute over the remaining partitions.
 */
export function requireCompletePartitions(
  root: string,
  contracts: ArtifactContract[],
  files: ArtifactFile[],
): void {
  const groups = new Map<string, ArtifactFile[]>();
  for (const file of files) {
    const placeholders = Object.keys(file.partitions).sort().join(",");
    if (placeholders !== "") {
      groups.set(placeholders, [...(groups.get(placeholders) ?? []), file]);
    }
  }

  for (const group of groups.values()) {
    const witnesses = new Map<string, ArtifactFile>();
    for (const file of group) {
      const key = partitionKey(file.partitions);
      if (!witnesses.has(key)) {
        witnesses.set(key, file);
      }
    }

    for (const artifact of new Set(group.map((file) => file.artifact))) {
      const present = new Set(
        group
          .filter((file) => file.artifact === artifact)
          .map((file) => partitionKey(file.partitions)),
      );
      for (const [key, witness] of witnesses) {
        if (!present.has(key)) {
          const contract = contracts.find((candidate) => candidate.name === artifact);
          throw missingFile(root, contract, artifact, witness);
        }
      }
    }
  }
}
