import type pl from "nodejs-polars";
import type { ArtifactFile } from "../artifacts/run-folder.ts";

/**
 * Inputs of a chart transform: the run's artifacts, already checked against their contracts
 * and adapted. Table artifacts come as one frame over all partitions, with one string column
 * per partition placeholder (such as `scenario` and `seed`).
 */
export interface ChartInputs {
  /** Absolute path of the run folder. */
  readonly root: string;
  /** A lazy frame over every file of a table artifact, in the order of `files(name)`. */
  table(name: string): pl.LazyDataFrame;
  /**
   * One lazy frame per file of a table artifact, each with its partition columns. Aggregating
   * each part before combining avoids grouping every row by a partition column.
   */
  tableParts(name: string): pl.LazyDataFrame[];
  /** The parsed JSON of a document artifact, from the first file when several match. */
  document(name: string): unknown;
  /** The files of an artifact, in lexicographic order of their relative paths. */
  files(name: string): ArtifactFile[];
}
