import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { DspError } from "../errors.ts";
import { SqliteStore, type SqliteStoreOptions } from "./sqlite-store.ts";
import type { Store } from "./store.ts";
import { parseStoreUrl } from "./store-url.ts";

/**
 * Opens the analytics store named by `url`, or by `DSP_STORE_URL` when no argument is given,
 * and applies pending migrations. Without either, the store is `.dsp/dsp.sqlite` under the
 * current working directory. The parent folder of a SQLite file is created when missing.
 *
 * Accepted forms: a file path, `sqlite:relative/or/absolute/path`, `sqlite:///absolute/path`,
 * a `file:` URL and `:memory:`. Throws `DspError("invalid_input")` for `postgres://` and
 * `postgresql://`, because the PostgreSQL backend is not available yet, and for any other
 * scheme. Throws `DspError("unavailable")` when the file cannot be opened or migrated.
 *
 * @example
 * const store = await openStore("sqlite:///var/lib/dsp/dsp.sqlite");
 * const page = await store.listRuns({ status: "succeeded", limit: 20 });
 */
export async function openStore(url?: string, options: SqliteStoreOptions = {}): Promise<Store> {
  const location = parseStoreUrl(url ?? process.env.DSP_STORE_URL ?? "");
  const path = location.kind === "sqlite-memory" ? ":memory:" : location.path;
  if (location.kind === "sqlite-file") {
    createParentFolder(path);
  }

  const store = openSqliteFile(path, options);
  try {
    await store.migrate();
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

function createParentFolder(path: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (cause) {
    throw cannotOpen(path, cause);
  }
}

function openSqliteFile(path: string, options: SqliteStoreOptions): SqliteStore {
  try {
    return SqliteStore.open(path, options);
  } catch (cause) {
    throw cannotOpen(path, cause);
  }
}

function cannotOpen(path: string, cause: unknown): DspError {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new DspError(
    "unavailable",
    `The SQLite store at ${path} could not be opened: ${reason}. Check that the folder is writable and the file is a SQLite database, or set DSP_STORE_URL to another path.`,
    { file: path },
    { cause },
  );
}
