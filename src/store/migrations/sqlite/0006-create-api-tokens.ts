import type { Migration } from "../../migration.ts";

/** API tokens, found by the SHA-256 hex digest of their secret; the secret is not stored. */
export const createApiTokens: Migration = {
  name: "0006_create_api_tokens",
  statements: [
    `CREATE TABLE api_tokens (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      scopes TEXT NOT NULL,
      secret_hash TEXT NOT NULL UNIQUE,
      created_at TEXT NOT NULL,
      last_used_at TEXT,
      revoked_at TEXT
    ) STRICT`,
  ],
};
