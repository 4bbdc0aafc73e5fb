import { isAbsolute, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { DspError } from "../errors.ts";

/** Location of a store: a SQLite file by absolute path, or an in-memory SQLite database. */
export type StoreLocation = { kind: "sqlite-file"; path: string } | { kind: "sqlite-memory" };

/** SQLite file path used when neither an argument nor `DSP_STORE_URL` names a store. */
export const defaultStorePath = ".dsp/dsp.sqlite";

const acceptedForms =
  "a file path, sqlite:relative/or/absolute/path, sqlite:///absolute/path, a file: URL, or :memory:";

/**
 * Parses a store URL into a location, resolving relative paths against `cwd`. An empty value
 * means {@link defaultStorePath}.
 *
 * Throws `DspError("invalid_input")` for a PostgreSQL URL, which this version cannot open, for
 * any other scheme, and for a URL with a host, a query, a fragment or an invalid escape.
 *
 * @example
 * parseStoreUrl("sqlite:///var/lib/dsp/store.sqlite"); // { kind: "sqlite-file", path: "/var/lib/dsp/store.sqlite" }
 * parseStoreUrl("data/dsp.sqlite", "/srv"); // { kind: "sqlite-file", path: "/srv/data/dsp.sqlite" }
 */
export function parseStoreUrl(value: string, cwd: string = process.cwd()): StoreLocation {
  const trimmed = value.trim();
  if (trimmed === "") {
    return fileLocation(defaultStorePath, cwd);
  }
  if (trimmed === ":memory:") {
    return { kind: "sqlite-memory" };
  }

  const scheme = schemeOf(trimmed);
  switch (scheme) {
    case undefined:
      return fileLocation(trimmed, cwd);
    case "sqlite":
      return parseSqliteUrl(trimmed, cwd);
    case "file":
      return parseFileUrl(trimmed, cwd);
    case "postgres":
    case "postgresql":
      throw postgresNotAvailable(trimmed);
    default:
      throw invalidStoreUrl(trimmed, `the scheme "${scheme}:" is not supported`);
  }
}

/** Returns the lowercased URL scheme, or undefined for a plain path such as `C:\dsp\a.sqlite`. */
function schemeOf(value: string): string | undefined {
  const match = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(value);
  const scheme = match?.[1];
  if (scheme === undefined || /^[A-Za-z]:[\\/]/.test(value)) {
    return undefined;
  }
  return scheme.toLowerCase();
}

function parseSqliteUrl(value: string, cwd: string): StoreLocation {
  const rest = value.slice("sqlite:".length);
  if (rest === ":memory:") {
    return { kind: "sqlite-memory" };
  }
  if (rest === "") {
    throw invalidStoreUrl(value, "it names no file");
  }
  if (!rest.startsWith("//")) {
    return fileLocation(rejectQuery(value, rest), cwd);
  }
  // sqlite://host/path has the shape of a file: URL, so file: rules decide the host and escapes.
  return parseFileUrl(`file:${rest}`, cwd, value);
}

function parseFileUrl(value: string, cwd: string, original: string = value): StoreLocation {
  const rest = value.slice("file:".length);
  if (rest === "") {
    throw invalidStoreUrl(original, "it names no file");
  }
  if (!rest.startsWith("/")) {
    // SQLite reads file:data.sqlite as a relative path; a WHATWG URL parser would make it /data.sqlite.
    return fileLocation(decodePath(original, rejectQuery(original, rest)), cwd);
  }

  let url: URL;
  try {
    url = new URL(value);
  } catch (cause) {
    throw invalidStoreUrl(original, "it is not a valid URL", cause);
  }
  if (url.search !== "" || url.hash !== "") {
    throw invalidStoreUrl(original, "query parameters and fragments are not supported");
  }
  try {
    return fileLocation(fileURLToPath(url), cwd);
  } catch (cause) {
    throw invalidStoreUrl(original, "it names a host or an invalid path", cause);
  }
}

function rejectQuery(original: string, path: string): string {
  if (/[?#]/.test(path)) {
    throw invalidStoreUrl(original, "query parameters and fragments are not supported");
  }
  return path;
}

function decodePath(original: string, path: string): string {
  try {
    return decodeURIComponent(path);
  } catch (cause) {
    throw invalidStoreUrl(original, "it contains an invalid percent escape", cause);
  }
}

function fileLocation(path: string, cwd: string): StoreLocation {
  return { kind: "sqlite-file", path: isAbsolute(path) ? path : resolve(cwd, path) };
}

function postgresNotAvailable(value: string): DspError {
  const redacted = redactPassword(value);
  return new DspError(
    "invalid_input",
    `The store URL "${redacted}" names PostgreSQL, but the PostgreSQL backend is not available yet. Set DSP_STORE_URL to a SQLite path such as .dsp/dsp.sqlite or sqlite:///var/lib/dsp/dsp.sqlite.`,
    { field: "DSP_STORE_URL", value: redacted, expected: acceptedForms },
  );
}

function invalidStoreUrl(value: string, reason: string, cause?: unknown): DspError {
  const redacted = redactPassword(value);
  return new DspError(
    "invalid_input",
    `The store URL "${redacted}" is invalid: ${reason}. Use ${acceptedForms}.`,
    { field: "DSP_STORE_URL", value: redacted, expected: acceptedForms },
    { cause },
  );
}

/** Replaces the password of a URL with `***` so that error messages and logs never show it. */
function redactPassword(value: string): string {
  try {
    const url = new URL(value);
    if (url.password === "") {
      return value;
    }
    url.password = "***";
    return url.toString();
  } catch {
    return value.replace(/\/\/[^/@]*@/, "//***@");
  }
}
