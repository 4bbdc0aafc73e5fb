import { DspError } from "../../errors.ts";

/** A byte range of an upload, from a `Content-Range: bytes first-last/total` header. */
export interface UploadRange {
  first: number;
  last: number;
  total: number;
}

/**
 * Parses `Content-Range` as sent on a ranged PUT. The total size is required because the
 * server completes the artifact when the last byte arrives. Returns undefined when the
 * header is absent. Throws `invalid_input` naming the header for any other form.
 */
export function parseContentRange(value: string | undefined): UploadRange | undefined {
  if (value === undefined) {
    return undefined;
  }
  const match = /^bytes (\d{1,15})-(\d{1,15})\/(\d{1,15})$/.exec(value.trim());
  const [first, last, total] = (match?.slice(1) ?? []).map(Number);
  if (first === undefined || last === undefined || total === undefined) {
    throw invalidRange(value, "is not of the form bytes <first>-<last>/<total>");
  }
  if (first > last || last >= total) {
    throw invalidRange(value, "needs first <= last < total");
  }
  return { first, last, total };
}

function invalidRange(value: string, rule: string): DspError {
  return new DspError(
    "invalid_input",
    `Header content-range "${value}" ${rule}. Send, for example, "bytes 0-1048575/5000000".`,
    { field: "content-range", value, expected: "bytes <first>-<last>/<total>" },
  );
}
