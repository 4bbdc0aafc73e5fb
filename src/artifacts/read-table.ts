import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import pl from "nodejs-polars";
import { DspError } from "../errors.ts";
import type { ArtifactContract, ColumnType } from "./artifact-contract.ts";
import { toPolarsType } from "./polars-types.ts";
import type { ArtifactFile } from "./run-folder.ts";

/** Polars' short type names in CSV parse errors, as contracts spell them. */
const contractTypeNames: Record<string, string> = {
  i8: "Int8",
  i16: "Int16",
  i32: "Int32",
  i64: "Int64",
  u8: "UInt8",
  u16: "UInt16",
  u32: "UInt32",
  u64: "UInt64",
  f32: "Float32",
  f64: "Float64",
  str: "String",
  bool: "Boolean",
};

/**
 * Turns a Polars read error into a DspError naming the file, and the column and value when the
 * message names them.
 */
export function readError(file: ArtifactFile, error: unknown): DspError {
  const message = (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
  const parse =
    /could not parse `(.*)` as dtype `(\w+)` at column '([^']+)'/.exec(message) ??
    /cannot parse '(.*)' \(\w+\) as (\w+)/.exec(message);
  if (parse !== null) {
    const [, value, polarsType = "", column] = parse;
    const dtype = contractTypeNames[polarsType] ?? polarsType;
    const where = column === undefined ? "" : ` in column "${column}"`;
    return new DspError(
      "contract_violation",
      `Cannot read ${file.path}: the value "${value}"${where} is not a valid ${dtype}. Fix the value in the file or change the column's type in the "${file.artifact}" contract.`,
      {
        file: file.path,
        ...(column === undefined ? {} : { column }),
        value,
        expected: dtype,
      },
      { cause: error },
    );
  }
  if (message.includes("more fields than defined")) {
    return new DspError(
      "contract_violation",
      `Cannot read ${file.path}: a row has more fields than the header. Every CSV row must have as many fields as the header row.`,
      { file: file.path, expected: "rows with as many fields as the header" },
      { cause: error },
    );
  }
  return new DspError(
    "contract_violation",
    `Cannot read ${file.path} as ${file.format}: ${message}. Check that the file is complete and was written as ${file.format}.`,
    { file: file.path, expected: file.format },
    { cause: error },
  );
}

/** Column types a contract and its adapters expect in a text file, by the file's own column names. */
function expectedTextTypes(contract: ArtifactContract): Map<string, ColumnType> {
  const types = new Map<string, ColumnType>();
  for (const column of contract.columns ?? []) {
    types.set(column.name, column.dtype);
  }
  for (const adapter of contract.adapters ?? []) {
    for (const [from, to] of Object.entries(adapter.rename ?? {})) {
      const dtype = adapter.cast?.[to] ?? types.get(to);
      if (dtype !== undefined) {
        types.set(from, dtype);
      }
    }
  }
  return types;
}

/** Bytes read to infer the types of CSV columns that the contract does not name. */
const sampleBytes = 1 << 18;

/**
 * Returns the first whole lines of a text file, up to 256 KiB. `readCSV` with `nRows` on a
 * path took 3 s on a 3 GB file, reading a buffer takes milliseconds.
 */
function readHead(path: string): Buffer {
  const handle = openSync(path, "r");
  try {
    const buffer = Buffer.alloc(sampleBytes);
    const length = readSync(handle, buffer, 0, buffer.length, 0);
    const head = buffer.subarray(0, length);
    const lastNewline = head.lastIndexOf(10);
    return length < sampleBytes || lastNewline < 0 ? head : head.subarray(0, lastNewline + 1);
  } finally {
    closeSync(handle);
  }
}

/**
 * Builds the full schema `scanCSV` needs: contract columns get their contract type, other
 * columns the type Polars infers from the first rows.
 */
function csvSchema(file: ArtifactFile, contract: ArtifactContract): Record<string, pl.DataType> {
  const inferred = pl.readCSV(readHead(file.path), { inferSchemaLength: 1000 }).schema;
  const expected = expectedTextTypes(contract);

  const schema: Record<string, pl.DataType> = {};
  for (const [name, inferredType] of Object.entries(inferred) as [string, pl.DataType][]) {
    const dtype = expected.get(name);
    schema[name] = dtype === undefined ? inferredType : toPolarsType(dtype);
  }
  return schema;
}

function ndjsonSchema(file: ArtifactFile, contract: ArtifactContract): Record<string, pl.DataType> {
  const sample = pl.scanJson(file.path, { inferSchemaLength: 1000 }).limit(0).collectSync();
  const expected = expectedTextTypes(contract);
  const schema: Record<string, pl.DataType> = {};
  for (const [name, dtype] of Object.entries(sample.schema) as [string, pl.DataType][]) {
    const declared = expected.get(name);
    schema[name] = declared === undefined ? dtype : toPolarsType(declared);
  }
  return schema;
}

/**
 * Opens one table artifact as a lazy frame, reading nothing but metadata yet. CSV and NDJSON
 * columns named by the contract are parsed with the contract's types, so a bad value fails
 * at the column it is in.
 */
export function scanTable(file: ArtifactFile, contract: ArtifactContract): pl.LazyDataFrame {
  try {
    switch (file.format) {
      case "parquet":
        return pl.scanParquet(file.path);
      case "arrow":
        return pl.scanIPC(file.path);
      case "csv":
        return pl.scanCSV(file.path, {
          schema: csvSchema(file, contract),
          truncateRaggedLines: false,
          raiseIfEmpty: true,
        });
      case "ndjson":
        return pl.scanJson(file.path, { schema: ndjsonSchema(file, contract) });
      case "json":
        return pl.readJSON(readFileSync(file.path), { format: "json" }).lazy();
    }
  } catch (error) {
    throw readError(file, error);
  }
}
