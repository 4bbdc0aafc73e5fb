import { createHash, randomBytes } from "node:crypto";

/** Prefix of every API token, so that secret scanners and people can recognise one. */
export const tokenPrefix = "dsp_";

/** A new API token: its id, the secret to hand out once, and the hash that is stored. */
export interface NewTokenSecret {
  id: string;
  secret: string;
  secretHash: string;
}

/** Creates a token id and a secret of 256 random bits. */
export function generateTokenSecret(): NewTokenSecret {
  const id = `tok_${randomBytes(9).toString("base64url")}`;
  const secret = `${tokenPrefix}${randomBytes(32).toString("base64url")}`;
  return { id, secret, secretHash: hashTokenSecret(secret) };
}

/** Returns the SHA-256 of a secret as lowercase hex, the form the store keeps. */
export function hashTokenSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}
