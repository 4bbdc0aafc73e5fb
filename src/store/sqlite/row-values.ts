import type { SQLOutputValue } from "node:sqlite";
import { DspError } from "../../errors.ts";

/** One result row of `node:sqlite`, keyed by column name. */
export type Row = Record<string, SQLOutputValue>;

/** Reads a TEXT column that must not be NULL. */
export function readText(row: Row, column: string): string {
  const value = row[column];
  if (typeof value !== "string") {
    throw unexpectedValue(column, value, "text");
  }
  return value;
}

/** Reads a TEXT column that may be NULL. */
export function readNullableText(row: Row, column: string): string | null {
  return row[column] === null ? null : readText(row, column);
}

/** Reads an INTEGER or REAL column that must not be NULL. */
export function readNumber(row: Row, column: string): number {
  const value = row[column];
  if (typeof value !== "number") {
    throw unexpectedValue(column, value, "a number");
  }
  return value;
}

/** Reads an INTEGER or REAL column that may be NULL. */
export function readNullableNumber(row: Row, column: string): number | null {
  return row[column] === null ? null : readNumber(row, column);
}

/** Reads a BLOB column that must not be NULL. */
export function readBytes(row: Row, column: string): Uint8Array {
  const value = row[column];
  if (!(value instanceof Uint8Array)) {
    throw unexpectedValue(column, value, "a BLOB");
  }
  return value;
}

function unexpectedValue(column: string, value: unknown, expected: string): DspError {
  const found = value === null ? "NULL" : typeof value;
  return new DspError(
    "internal",
    `Internal error: column ${column} holds ${found} where the store expects ${expected}. The schema and the row mappers disagree.`,
    { column, expected },
  );
}
