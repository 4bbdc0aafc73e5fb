import { randomBytes } from "node:crypto";
import { DspError } from "../errors.ts";

const runIdSyntax = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/** Returns a new run id such as `opendc-20261204T113905Z-3fa9c1`: pack name, UTC time, random suffix. */
export function newRunId(pack: string, now = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
  const prefix =
    pack
      .replace(/[^A-Za-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40) || "run";
  return `${prefix}-${stamp}-${randomBytes(3).toString("hex")}`;
}

/** Throws unless a run id is 1 to 128 letters, digits, `.`, `_` or `-`, starting with a letter or digit. */
export function checkRunId(id: string): void {
  if (!runIdSyntax.test(id)) {
    throw new DspError(
      "invalid_input",
      `Run id "${id}" is invalid: use 1 to 128 letters, digits, ".", "_" or "-", starting with a letter or digit.`,
      {
        field: "runId",
        value: id,
        expected: runIdSyntax.source,
      },
    );
  }
}
