import pl from "nodejs-polars";
import type { ColumnType } from "./artifact-contract.ts";

const polarsTypes: Record<ColumnType, pl.DataType> = {
  Int8: pl.Int8,
  Int16: pl.Int16,
  Int32: pl.Int32,
  Int64: pl.Int64,
  UInt8: pl.UInt8,
  UInt16: pl.UInt16,
  UInt32: pl.UInt32,
  UInt64: pl.UInt64,
  Float32: pl.Float32,
  Float64: pl.Float64,
  String: pl.String,
  Boolean: pl.Bool,
};

/** Returns the Polars data type for a contract column type. */
export function toPolarsType(dtype: ColumnType): pl.DataType {
  return polarsTypes[dtype];
}

/**
 * Returns the contract name of a Polars data type (`Float32`, `String`, …), or Polars' own
 * description for types a contract cannot name (`Datetime(Milliseconds, None)`).
 */
export function typeName(dtype: pl.DataType): string {
  const text = String(dtype).replace(/^DataType\((.*)\)$/, "$1");
  if (text === "Utf8") {
    return "String";
  }
  return text === "Bool" ? "Boolean" : text;
}
