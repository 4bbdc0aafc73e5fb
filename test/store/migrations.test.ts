import assert from "node:assert/strict";
import { DatabaseSync } from "node:sqlite";
import { afterEach, beforeEach, describe, test } from "node:test";
import type { Migration } from "../../src/store/migration.ts";
import { sqliteMigrations } from "../../src/store/migrations/sqlite-migrations.ts";
import { runMigrations } from "../../src/store/run-migrations.ts";
import { SqliteMigrationTarget } from "../../src/store/sqlite/sqlite-migration-target.ts";
import { SqliteStore } from "../../src/store/sqlite-store.ts";
import { assertDspError, openTempStore, type TempStore } from "./store-test-helpers.ts";

const allNames = sqliteMigrations.map((migration) => migration.name);

function appliedNames(file: string): string[] {
  const database = new DatabaseSync(file, { readOnly: true });
  const rows = database.prepare("SELECT name FROM schema_migrations ORDER BY name").all();
  database.close();
  return rows.map((row) => String(row.name));
}

describe("SQLite migrations", () => {
  let temp: TempStore;
  beforeEach(async () => {
    temp = await openTempStore();
  });
  afterEach(() => temp.cleanup());

  test("names are unique and ascending", () => {
    assert.deepEqual([...allNames].sort(), allNames);
    assert.equal(new Set(allNames).size, allNames.length);
  });

  test("migrate records every migration once", () => {
    assert.deepEqual(appliedNames(temp.file), allNames);
  });

  test("migrate is idempotent across reopen", async () => {
    await temp.store.createRun({ id: "run-kept", pack: "opendc", folder: "/a" });
    await temp.store.migrate();
    await temp.store.close();

    const reopened = SqliteStore.open(temp.file);
    await reopened.migrate();
    await reopened.migrate();
    assert.deepEqual(appliedNames(temp.file), allNames);
    assert.equal((await reopened.getRun("run-kept"))?.id, "run-kept");
    assert.deepEqual(await reopened.ready(), {
      reachable: true,
      migrationsApplied: true,
      pending: [],
    });
    await reopened.close();
  });

  test("runner reports skipped migrations on a second run", async () => {
    const database = new DatabaseSync(temp.file);
    const outcome = await runMigrations(new SqliteMigrationTarget(database), sqliteMigrations);
    database.close();
    assert.equal(outcome.error, undefined);
    assert.ok(outcome.results.every((result) => result.status === "skipped"));
  });

  test("ready lists pending migrations before migrate", async () => {
    const fresh = SqliteStore.open(`${temp.folder}/fresh.sqlite`);
    assert.deepEqual(await fresh.ready(), {
      reachable: true,
      migrationsApplied: false,
      pending: allNames,
    });
    await fresh.migrate();
    assert.equal((await fresh.ready()).migrationsApplied, true);
    await fresh.close();
  });

  test("ready reports a closed store as unreachable", async () => {
    await temp.store.close();
    assert.deepEqual(await temp.store.ready(), {
      reachable: false,
      migrationsApplied: false,
      pending: [],
    });
  });

  test("failed migration rolls back and later ones do not run", async () => {
    const extra: Migration[] = [
      {
        name: "9001_add_notes",
        statements: ["CREATE TABLE notes (id TEXT PRIMARY KEY) STRICT"],
      },
      {
        name: "9002_broken",
        statements: [
          "CREATE TABLE half_done (id TEXT) STRICT",
          "ALTER TABLE no_such_table ADD COLUMN x TEXT",
        ],
      },
      { name: "9003_after_broken", statements: ["CREATE TABLE after_broken (id TEXT) STRICT"] },
    ];
    const writer = new DatabaseSync(temp.file);
    const target = new SqliteMigrationTarget(writer);
    const outcome = await runMigrations(target, [...sqliteMigrations, ...extra]);
    writer.close();

    assert.deepEqual(
      outcome.results.slice(-3).map((result) => result.status),
      ["applied", "failed", "not_executed"],
    );
    assert.match(outcome.error?.message ?? "", /Migration "9002_broken" failed/);
    assert.deepEqual(appliedNames(temp.file), [...allNames, "9001_add_notes"]);
    const database = new DatabaseSync(temp.file, { readOnly: true });
    const tables = database
      .prepare("SELECT name FROM sqlite_schema WHERE name IN ('half_done', 'after_broken')")
      .all();
    database.close();
    assert.deepEqual(tables, []);
  });

  test("store migrate throws the failure", async () => {
    const broken = SqliteStore.open(temp.file, {
      migrations: [
        ...sqliteMigrations,
        { name: "9999_broken", statements: ["SELECT * FROM nope"] },
      ],
    });
    await assertDspError(broken.migrate(), "unavailable", '"9999_broken"');
    assert.deepEqual((await broken.ready()).pending, ["9999_broken"]);
    await broken.close();
  });

  test("rejects a database migrated by a newer version", async () => {
    const database = new DatabaseSync(temp.file);
    database
      .prepare("INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)")
      .run("9999_from_the_future", new Date().toISOString());
    database.close();
    await assertDspError(temp.store.migrate(), "unavailable", "9999_from_the_future");
  });

  test("rejects a list out of order before touching the database", async () => {
    const fresh = `${temp.folder}/unordered.sqlite`;
    const database = new DatabaseSync(fresh);
    const target = new SqliteMigrationTarget(database);
    const [first, second] = sqliteMigrations;
    assert.ok(first);
    assert.ok(second);
    await assertDspError(runMigrations(target, [second, first]), "internal", first.name);
    assert.deepEqual(await target.appliedNames(), []);
    database.close();
  });

  test("two stores migrating one file apply each migration once", async () => {
    const file = `${temp.folder}/shared.sqlite`;
    const stores = [SqliteStore.open(file), SqliteStore.open(file)];
    await Promise.all(stores.map((store) => store.migrate()));
    assert.deepEqual(appliedNames(file), allNames);
    await Promise.all(stores.map((store) => store.close()));
  });
});
