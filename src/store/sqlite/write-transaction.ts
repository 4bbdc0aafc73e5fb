import type { DatabaseSync } from "node:sqlite";

/**
 * Runs `work` inside `BEGIN IMMEDIATE … COMMIT` and rolls back when it throws. IMMEDIATE takes
 * the write lock at the start, where the busy timeout applies. A deferred transaction that
 * upgrades from read to write in WAL mode fails with SQLITE_BUSY_SNAPSHOT, without waiting,
 * when another connection has committed since its read began.
 *
 * `work` must be synchronous: an `await` inside would let other calls on the same connection
 * run inside this transaction.
 */
export function inWriteTransaction<T>(database: DatabaseSync, work: () => T): T {
  database.exec("BEGIN IMMEDIATE");
  try {
    const result = work();
    if (result instanceof Promise) {
      throw new TypeError("Internal error: inWriteTransaction received an async function.");
    }
    database.exec("COMMIT");
    return result;
  } catch (error) {
    if (database.isTransaction) {
      database.exec("ROLLBACK");
    }
    throw error;
  }
}
