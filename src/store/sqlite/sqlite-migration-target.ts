import type { DatabaseSync } from "node:sqlite";
import type { Migration, MigrationTarget } from "../migration.ts";
import { readText } from "./row-values.ts";
import { inWriteTransaction } from "./write-transaction.ts";

/** Applies migrations to one SQLite connection and records them in `schema_migrations`. */
export class SqliteMigrationTarget implements MigrationTarget {
  readonly #database: DatabaseSync;

  constructor(database: DatabaseSync) {
    this.#database = database;
  }

  async prepareHistory(): Promise<void> {
    this.#database.exec(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
        name TEXT PRIMARY KEY,
        applied_at TEXT NOT NULL
      ) STRICT`,
    );
  }

  async appliedNames(): Promise<string[]> {
    if (!this.#hasHistory()) {
      return [];
    }
    const rows = this.#database.prepare("SELECT name FROM schema_migrations ORDER BY name").all();
    return rows.map((row) => readText(row, "name"));
  }

  async apply(migration: Migration): Promise<boolean> {
    return inWriteTransaction(this.#database, () => {
      const recorded = this.#database
        .prepare("SELECT 1 FROM schema_migrations WHERE name = ?")
        .get(migration.name);
      if (recorded !== undefined) {
        return false;
      }

      for (const statement of migration.statements) {
        this.#database.exec(statement);
      }
      this.#database
        .prepare("INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)")
        .run(migration.name, new Date().toISOString());
      return true;
    });
  }

  #hasHistory(): boolean {
    const table = this.#database
      .prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'")
      .get();
    return table !== undefined;
  }
}
