import { DspError } from "../errors.ts";
import type { Migration, MigrationResult, MigrationRun, MigrationTarget } from "./migration.ts";

/**
 * Applies the migrations that `target` has not recorded, in list order, each in its own
 * transaction. Stops at the first failure and returns a result for every migration instead
 * of throwing, so the caller can report which ones ran.
 *
 * Throws `DspError("internal")` before touching the database when the list is out of order,
 * and `DspError("unavailable")` when the database records a migration that the list lacks,
 * which means a newer DSP version migrated it.
 */
export async function runMigrations(
  target: MigrationTarget,
  migrations: readonly Migration[],
): Promise<MigrationRun> {
  checkMigrationOrder(migrations);
  await target.prepareHistory();
  const applied = new Set(await target.appliedNames());
  checkNoUnknownMigrations(applied, migrations);

  const results: MigrationResult[] = [];
  let error: Error | undefined;
  for (const migration of migrations) {
    if (error !== undefined) {
      results.push({ name: migration.name, status: "not_executed" });
      continue;
    }
    if (applied.has(migration.name)) {
      results.push({ name: migration.name, status: "skipped" });
      continue;
    }
    try {
      const ran = await target.apply(migration);
      results.push({ name: migration.name, status: ran ? "applied" : "skipped" });
    } catch (cause) {
      error = migrationFailed(migration.name, cause);
      results.push({ name: migration.name, status: "failed" });
    }
  }
  return error === undefined ? { results } : { results, error };
}

/** Lists the names of the migrations that `target` has not recorded, in list order. */
export async function listPendingMigrations(
  target: MigrationTarget,
  migrations: readonly Migration[],
): Promise<string[]> {
  const applied = new Set(await target.appliedNames());
  return migrations.map((migration) => migration.name).filter((name) => !applied.has(name));
}

function checkMigrationOrder(migrations: readonly Migration[]): void {
  for (let index = 1; index < migrations.length; index++) {
    const previous = migrations[index - 1]?.name ?? "";
    const current = migrations[index]?.name ?? "";
    if (current <= previous) {
      throw new DspError(
        "internal",
        `Internal error: migration "${current}" follows "${previous}", but names must be unique and ascending so that the order is stable.`,
        { value: current },
      );
    }
  }
}

function checkNoUnknownMigrations(applied: Set<string>, migrations: readonly Migration[]): void {
  const known = new Set(migrations.map((migration) => migration.name));
  const unknown = [...applied].filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new DspError(
      "unavailable",
      `The store records migrations that this DSP version does not know: ${unknown.join(", ")}. A newer version migrated it; run that version, or restore a backup taken before the upgrade.`,
      { value: unknown },
    );
  }
}

function migrationFailed(name: string, cause: unknown): Error {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return new DspError(
    "unavailable",
    `Migration "${name}" failed and was rolled back: ${reason}. Fix the cause and run the migrations again; earlier migrations stay applied.`,
    { value: name },
    { cause },
  );
}
