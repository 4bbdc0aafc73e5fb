import type { DatabaseSync, StatementSync } from "node:sqlite";

const cache = new WeakMap<DatabaseSync, Map<string, StatementSync>>();

/**
 * Returns a prepared statement for `sql`, compiling it once per connection. Queries that run
 * on every API request use it, because compiling took more time than running them.
 */
export function prepareCached(database: DatabaseSync, sql: string): StatementSync {
  let statements = cache.get(database);
  if (statements === undefined) {
    statements = new Map();
    cache.set(database, statements);
  }
  let statement = statements.get(sql);
  if (statement === undefined) {
    statement = database.prepare(sql);
    statements.set(sql, statement);
  }
  return statement;
}
