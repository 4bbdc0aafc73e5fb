import { DspError } from "../../errors.ts";

/** Maximum artifact path length in characters. Linux limits whole paths to 4096 bytes (PATH_MAX). */
const maxPathLength = 1024;

/**
 * Checks an artifact path from a URL and returns its segments. The path must be relative,
 * `/`-separated and stay inside the run folder. Rejected with `invalid_input` naming the
 * value: absolute paths, backslashes, NUL and other control characters, empty segments,
 * `.` and `..`, and segments starting with `.`, which are reserved for upload bookkeeping
 * and skipped by run discovery.
 *
 * @example
 * parseArtifactPath("raw-output/s1/seed=0/host.parquet"); // ["raw-output", "s1", "seed=0", "host.parquet"]
 * parseArtifactPath("../etc/passwd"); // throws DspError("invalid_input")
 */
export function parseArtifactPath(path: string): string[] {
  if (path.length === 0 || path.length > maxPathLength) {
    throw invalidPath(path, `must have 1 to ${maxPathLength} characters`);
  }
  if (path.startsWith("/")) {
    throw invalidPath(path, "must be relative, without a leading /");
  }
  if (path.includes("\\")) {
    throw invalidPath(path, "must use / as the separator, not \\");
  }
  if ([...path].some(isControlCharacter)) {
    throw invalidPath(path, "must not contain NUL or other control characters");
  }

  const segments = path.split("/");
  for (const segment of segments) {
    checkSegment(path, segment);
  }
  return segments;
}

function checkSegment(path: string, segment: string): void {
  if (segment === "") {
    throw invalidPath(path, "must not contain empty segments (// or a trailing /)");
  }
  if (segment === "." || segment === "..") {
    throw invalidPath(path, `must not contain "${segment}" segments`);
  }
  if (segment.startsWith(".")) {
    throw invalidPath(path, `must not contain segments starting with "." such as "${segment}"`);
  }
  if (Buffer.byteLength(segment, "utf8") > 255) {
    throw invalidPath(path, "must not contain segments longer than 255 bytes");
  }
}

function invalidPath(path: string, rule: string): DspError {
  return new DspError(
    "invalid_input",
    `Artifact path "${printable(path)}" is invalid: it ${rule}. Send a relative path such as raw-output/s1/host.parquet.`,
    { field: "path", value: path, expected: "a relative /-separated path inside the run folder" },
  );
}

function printable(path: string): string {
  const shown = path.length > 120 ? `${path.slice(0, 120)}…` : path;
  return [...shown]
    .map((char) =>
      isControlCharacter(char) ? `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}` : char,
    )
    .join("");
}

/** Returns whether a character is a C0 control character (NUL included) or DEL. */
function isControlCharacter(char: string): boolean {
  const code = char.charCodeAt(0);
  return code < 0x20 || code === 0x7f;
}
