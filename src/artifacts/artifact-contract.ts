/** File formats the artifact layer reads with Polars. */
export type ArtifactFormat = "parquet" | "csv" | "ndjson" | "arrow" | "json";

/** Column data types a contract can require, named as Polars names them. */
export type ColumnType =
  | "Int8"
  | "Int16"
  | "Int32"
  | "Int64"
  | "UInt8"
  | "UInt16"
  | "UInt32"
  | "UInt64"
  | "Float32"
  | "Float64"
  | "String"
  | "Boolean";

/** One column an artifact must have. */
export interface ColumnContract {
  name: string;
  dtype: ColumnType;
  /** Unit of the values, for documentation and lineage (`ms`, `W`, `J`, `gCO2/kWh`). */
  unit?: string;
  /** Whether nulls are allowed. False by default. */
  nullable?: boolean;
}

/**
 * A rewrite that makes files of another simulator version meet the contract. It applies to
 * a file that has every column in `whenColumns`: first `rename`, then `cast`, then `fill`
 * (a constant for a column the file lacks).
 */
export interface ColumnAdapter {
  name: string;
  whenColumns: string[];
  rename?: Record<string, string>;
  cast?: Record<string, ColumnType>;
  fill?: Record<string, { dtype: ColumnType; value: number | string | boolean | null }>;
}

/**
 * An artifact contract: the logical name of an artifact, the pattern that finds its files in
 * a run folder, its format and the columns it must have.
 *
 * Pattern segments are separated by `/`: a literal name, `*` (any one folder), `**` (any
 * number of folders), or a segment with `{name}` placeholders such as `{scenario}` or
 * `seed={seed}`, whose matched text becomes a string column of that name.
 */
export interface ArtifactContract {
  name: string;
  description?: string;
  pattern: string;
  format: ArtifactFormat;
  /** Whether files are read as frames (`table`) or as a JSON value (`document`). */
  kind: "table" | "document";
  /** Required columns of a table. Extra columns in a file are kept. */
  columns?: ColumnContract[];
  adapters?: ColumnAdapter[];
  /** Partition values to skip, such as `{ scenario: ["metamodel"] }`. */
  exclude?: Record<string, string[]>;
}
