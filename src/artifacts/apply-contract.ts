import pl from "nodejs-polars";
import { DspError } from "../errors.ts";
import type { ArtifactContract, ColumnAdapter } from "./artifact-contract.ts";
import { toPolarsType, typeName } from "./polars-types.ts";
import type { ArtifactFile } from "./run-folder.ts";

/** A table after its contract's adapter ran, with the adapter's name when one applied. */
export interface AdaptedTable {
  frame: pl.LazyDataFrame;
  schema: Record<string, pl.DataType>;
  adapter: string | undefined;
}

function findAdapter(contract: ArtifactContract, columns: string[]): ColumnAdapter | undefined {
  const missing = (contract.columns ?? []).some((column) => !columns.includes(column.name));
  if (!missing) {
    return undefined;
  }
  return (contract.adapters ?? []).find((adapter) =>
    adapter.whenColumns.every((name) => columns.includes(name)),
  );
}

function applyAdapter(frame: pl.LazyDataFrame, adapter: ColumnAdapter): pl.LazyDataFrame {
  let adapted = frame;
  const renames = Object.entries(adapter.rename ?? {});
  if (renames.length > 0) {
    adapted = adapted.rename(Object.fromEntries(renames));
  }

  const casts = Object.entries(adapter.cast ?? {}).map(([name, dtype]) =>
    pl.col(name).cast(toPolarsType(dtype), true),
  );
  if (casts.length > 0) {
    adapted = adapted.withColumns(...casts);
  }

  const fills = Object.entries(adapter.fill ?? {}).map(([name, fill]) =>
    pl.lit(fill.value).cast(toPolarsType(fill.dtype)).alias(name),
  );
  if (fills.length > 0) {
    adapted = adapted.withColumns(...fills);
  }
  return adapted;
}

/** Throws a contract violation for the first column that is missing or has the wrong type. */
export function checkColumns(
  file: ArtifactFile,
  contract: ArtifactContract,
  schema: Record<string, pl.DataType>,
): void {
  for (const column of contract.columns ?? []) {
    const found = schema[column.name];
    if (found === undefined) {
      const present = Object.keys(schema).join(", ");
      throw new DspError(
        "contract_violation",
        `${file.path} has no column "${column.name}", which the "${contract.name}" contract requires as ${column.dtype}. The file has: ${present}. Add the column or an adapter for this simulator version to the contract.`,
        { file: file.path, column: column.name, expected: column.dtype },
      );
    }
    if (typeName(found) !== column.dtype) {
      throw new DspError(
        "contract_violation",
        `Column "${column.name}" of ${file.path} is ${typeName(found)}, but the "${contract.name}" contract expects ${column.dtype}. Write the column as ${column.dtype} or add an adapter that casts it.`,
        { file: file.path, column: column.name, value: typeName(found), expected: column.dtype },
      );
    }
  }
}

/**
 * Applies the first adapter whose trigger columns the file has (only when the file lacks a
 * contract column), then checks the columns against the contract.
 */
export function applyContract(
  file: ArtifactFile,
  contract: ArtifactContract,
  frame: pl.LazyDataFrame,
  schema: Record<string, pl.DataType>,
): AdaptedTable {
  const adapter = findAdapter(contract, Object.keys(schema));
  const adapted = adapter === undefined ? frame : applyAdapter(frame, adapter);
  const adaptedSchema = adapter === undefined ? schema : adapted.limit(0).collectSync().schema;

  checkColumns(file, contract, adaptedSchema);
  return { frame: adapted, schema: adaptedSchema, adapter: adapter?.name };
}
