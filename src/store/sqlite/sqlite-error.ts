import { DspError } from "../../errors.ts";

/** SQLite primary result codes (the low byte of an extended code), from sqlite.org/rescode.html. */
const sqliteBusy = 5;
const sqliteLocked = 6;
/** Extended result codes for the constraint violations the store reports as conflicts. */
const constraintPrimaryKey = 1555;
const constraintUnique = 2067;

/** Returns the extended SQLite result code of an error that `node:sqlite` raised. */
export function sqliteResultCode(error: unknown): number | undefined {
  if (error instanceof Error && "errcode" in error && typeof error.errcode === "number") {
    return error.errcode;
  }
  return undefined;
}

/** Returns whether the error is a PRIMARY KEY or UNIQUE constraint violation. */
export function isUniqueViolation(error: unknown): boolean {
  const code = sqliteResultCode(error);
  return code === constraintPrimaryKey || code === constraintUnique;
}

/**
 * Converts the SQLite errors that a caller can act on into `DspError("unavailable")`: a lock
 * held by another connection past the busy timeout, and a closed database. Returns any other
 * error unchanged.
 */
export function translateSqliteError(error: unknown, location: string): unknown {
  const primaryCode = (sqliteResultCode(error) ?? -1) & 0xff;
  if (primaryCode === sqliteBusy || primaryCode === sqliteLocked) {
    return new DspError(
      "unavailable",
      `The SQLite store at ${location} stayed locked by another writer past the busy timeout. Retry later, or check for a process that holds a long write transaction on the file.`,
      { file: location },
      { cause: error },
    );
  }
  if (isNotOpen(error)) {
    return new DspError(
      "unavailable",
      `The SQLite store at ${location} is closed. Open it again with openStore before using it.`,
      { file: location },
      { cause: error },
    );
  }
  return error;
}

function isNotOpen(error: unknown): boolean {
  return (
    error instanceof Error &&
    "code" in error &&
    error.code === "ERR_INVALID_STATE" &&
    error.message.includes("not open")
  );
}
