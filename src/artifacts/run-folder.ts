import type { ArtifactFormat } from "./artifact-contract.ts";

/** One file found in a run folder for an artifact contract. */
export interface ArtifactFile {
  artifact: string;
  path: string;
  /** Path relative to the run folder, with `/` separators. */
  relativePath: string;
  format: ArtifactFormat;
  size: number;
  /** Values of the pattern's placeholders, such as `{ scenario: "0", seed: "0" }`. */
  partitions: Record<string, string>;
}
