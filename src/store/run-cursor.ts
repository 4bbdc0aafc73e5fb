import { DspError } from "../errors.ts";

/** Position after the last run of a page, in the newest-first order of `listRuns`. */
export interface RunCursor {
  createdAt: string;
  id: string;
}

/** Encodes a position as an opaque base64url cursor for the next page. */
export function encodeRunCursor(cursor: RunCursor): string {
  return Buffer.from(JSON.stringify([cursor.createdAt, cursor.id]), "utf8").toString("base64url");
}

/**
 * Decodes a cursor made by {@link encodeRunCursor}. Throws `DspError("invalid_input")` naming
 * the cursor when it is not one.
 */
export function decodeRunCursor(cursor: string): RunCursor {
  const position = parseCursorJson(cursor);
  if (
    !Array.isArray(position) ||
    position.length !== 2 ||
    typeof position[0] !== "string" ||
    typeof position[1] !== "string" ||
    Number.isNaN(Date.parse(position[0]))
  ) {
    throw invalidCursor(cursor);
  }
  return { createdAt: position[0], id: position[1] };
}

function parseCursorJson(cursor: string): unknown {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) {
    throw invalidCursor(cursor);
  }
  try {
    return JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch (error) {
    throw invalidCursor(cursor, error);
  }
}

function invalidCursor(cursor: string, cause?: unknown): DspError {
  const fix = "Pass the nextCursor of the previous page unchanged, or omit cursor to start again.";
  return new DspError(
    "invalid_input",
    `The cursor "${cursor}" is invalid: it is not a cursor that listRuns returned. ${fix}`,
    { field: "cursor", value: cursor, fix },
    { cause },
  );
}
