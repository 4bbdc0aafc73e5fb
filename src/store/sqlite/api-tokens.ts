import type { DatabaseSync } from "node:sqlite";
import { DspError } from "../../errors.ts";
import { requireOneOf, requireText } from "../input-checks.ts";
import { decodeJson, encodeJson } from "../json-codec.ts";
import type { TokenRecord, TokenScope } from "../store.ts";
import { prepareCached } from "./prepared-statements.ts";
import { type Row, readNullableText, readText } from "./row-values.ts";
import { sqliteResultCode } from "./sqlite-error.ts";

const tokenScopes: readonly TokenScope[] = ["read", "simulator:write", "admin"];
/** Extended SQLite result codes that tell a duplicate id from a duplicate secret hash. */
const duplicateId = 1555;
const duplicateSecretHash = 2067;

/** A token to store: its id, name, scopes and the SHA-256 hex digest of its secret. */
export interface NewToken {
  id: string;
  name: string;
  scopes: TokenScope[];
  secretHash: string;
}

/**
 * Inserts a token. Throws `invalid_input` when `secretHash` is not a SHA-256 hex digest, which
 * catches a raw secret passed by mistake, and `conflict` for a duplicate id or secret hash.
 */
export function insertToken(database: DatabaseSync, token: NewToken, now: string): TokenRecord {
  checkToken(token);
  try {
    database
      .prepare(
        `INSERT INTO api_tokens (id, name, scopes, secret_hash, created_at)
         VALUES (?, ?, ?, ?, ?)`,
      )
      .run(token.id, token.name, encodeJson(token.scopes, "scopes"), token.secretHash, now);
  } catch (error) {
    throw duplicateTokenError(error, token.id) ?? error;
  }
  return requireToken(database, token.id);
}

/** Reads the token with this secret hash, revoked or not, or undefined if none matches. */
export function selectTokenBySecretHash(
  database: DatabaseSync,
  secretHash: string,
): TokenRecord | undefined {
  const row = prepareCached(database, "SELECT * FROM api_tokens WHERE secret_hash = ?").get(
    secretHash,
  );
  return row === undefined ? undefined : tokenFromRow(row);
}

/** Reads every token, oldest first. */
export function selectTokens(database: DatabaseSync): TokenRecord[] {
  const rows = database.prepare("SELECT * FROM api_tokens ORDER BY created_at, id").all();
  return rows.map(tokenFromRow);
}

/** Sets `lastUsedAt` of a token. Throws `not_found` for an unknown id. */
export function touchTokenRow(database: DatabaseSync, id: string, now: string): void {
  const result = database
    .prepare("UPDATE api_tokens SET last_used_at = ? WHERE id = ?")
    .run(now, id);
  if (result.changes === 0) {
    throw tokenNotFound(id);
  }
}

/** Sets `revokedAt` of a token unless it is revoked already. Throws `not_found` for an unknown id. */
export function revokeTokenRow(database: DatabaseSync, id: string, now: string): void {
  const result = database
    .prepare("UPDATE api_tokens SET revoked_at = coalesce(revoked_at, ?) WHERE id = ?")
    .run(now, id);
  if (result.changes === 0) {
    throw tokenNotFound(id);
  }
}

function requireToken(database: DatabaseSync, id: string): TokenRecord {
  const row = database.prepare("SELECT * FROM api_tokens WHERE id = ?").get(id);
  if (row === undefined) {
    throw tokenNotFound(id);
  }
  return tokenFromRow(row);
}

function checkToken(token: NewToken): void {
  requireText("token id", token.id);
  requireText("token name", token.name);
  if (!Array.isArray(token.scopes) || token.scopes.length === 0) {
    throw new DspError(
      "invalid_input",
      `Token "${token.id}" has no scopes. Give at least one of: ${tokenScopes.join(", ")}.`,
      { field: "scopes", expected: tokenScopes.join(", ") },
    );
  }
  for (const scope of token.scopes) {
    requireOneOf("token scope", scope, tokenScopes);
  }
  if (!/^[0-9a-f]{64}$/.test(token.secretHash)) {
    // The value is not echoed, because it may be the secret itself.
    throw new DspError(
      "invalid_input",
      `secretHash of token "${token.id}" is not a SHA-256 hex digest (64 lowercase hex characters). Store the hash of the secret, never the secret itself.`,
      { field: "secretHash", expected: "64 lowercase hex characters" },
    );
  }
}

function duplicateTokenError(error: unknown, id: string): DspError | undefined {
  const code = sqliteResultCode(error);
  if (code === duplicateId) {
    return new DspError(
      "conflict",
      `A token with id "${id}" already exists. Choose another id.`,
      { field: "id", value: id },
      { cause: error },
    );
  }
  if (code === duplicateSecretHash) {
    return new DspError(
      "conflict",
      `Another token already has the secret hash given for token "${id}". Generate a new secret.`,
      { field: "secretHash" },
      { cause: error },
    );
  }
  return undefined;
}

function tokenNotFound(id: string): DspError {
  return new DspError("not_found", `Token "${id}" was not found. Check the id with listTokens.`, {
    field: "tokenId",
    value: id,
  });
}

function tokenFromRow(row: Row): TokenRecord {
  return {
    id: readText(row, "id"),
    name: readText(row, "name"),
    scopes: decodeJson(readText(row, "scopes")) as TokenScope[],
    createdAt: readText(row, "created_at"),
    lastUsedAt: readNullableText(row, "last_used_at"),
    revokedAt: readNullableText(row, "revoked_at"),
  };
}
