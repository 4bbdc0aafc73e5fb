import type { IncomingHttpHeaders } from "node:http";
import { DspError } from "../../errors.ts";

/**
 * A checksum a client sent with an upload. `content` checksums cover the bytes of this
 * request (`Content-Digest`, `Digest`); `artifact` checksums cover the whole artifact
 * (`Repr-Digest`, `X-Checksum-SHA256`), which differs only for a ranged upload.
 */
export interface ExpectedDigest {
  header: string;
  scope: "content" | "artifact";
  sha256: string;
}

/**
 * Reads the SHA-256 checksums from the upload headers as lowercase hex. Accepts
 * `Content-Digest` and `Repr-Digest` (RFC 9530, `sha-256=:base64:`), the older `Digest`
 * (RFC 3230, `SHA-256=base64`) and `X-Checksum-SHA256` (hex). Other algorithms in the same
 * header are ignored. Throws `invalid_input` naming the header for a malformed value.
 */
export function readExpectedDigests(headers: IncomingHttpHeaders): ExpectedDigest[] {
  const digests: ExpectedDigest[] = [];
  const sources = [
    ["content-digest", "content"],
    ["digest", "content"],
    ["repr-digest", "artifact"],
  ] as const;
  for (const [header, scope] of sources) {
    const value = headers[header];
    if (typeof value === "string") {
      const sha256 = sha256FromDictionary(header, value);
      if (sha256 !== undefined) {
        digests.push({ header, scope, sha256 });
      }
    }
  }

  const hex = headers["x-checksum-sha256"];
  if (typeof hex === "string") {
    if (!/^[0-9a-fA-F]{64}$/.test(hex.trim())) {
      throw invalidDigest("x-checksum-sha256", hex, "64 hex digits");
    }
    digests.push({
      header: "x-checksum-sha256",
      scope: "artifact",
      sha256: hex.trim().toLowerCase(),
    });
  }
  return digests;
}

/** Formats a hex SHA-256 as an RFC 9530 dictionary member, `sha-256=:base64:`. */
export function formatDigestHeader(sha256: string): string {
  return `sha-256=:${Buffer.from(sha256, "hex").toString("base64")}:`;
}

function sha256FromDictionary(header: string, value: string): string | undefined {
  for (const member of value.split(",")) {
    const separator = member.indexOf("=");
    const name = member.slice(0, separator).trim().toLowerCase();
    if (separator < 0 || name !== "sha-256") {
      continue;
    }
    const encoded = member
      .slice(separator + 1)
      .trim()
      .replace(/^:(.*):$/, "$1");
    const bytes = Buffer.from(encoded, "base64");
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded) || bytes.length !== 32) {
      throw invalidDigest(header, value, "sha-256=:<base64 of 32 bytes>:");
    }
    return bytes.toString("hex");
  }
  return undefined;
}

function invalidDigest(header: string, value: string, expected: string): DspError {
  return new DspError(
    "invalid_input",
    `Header ${header} is "${value}", which is not a SHA-256 checksum. Send it as ${expected}.`,
    { field: header, value, expected },
  );
}
