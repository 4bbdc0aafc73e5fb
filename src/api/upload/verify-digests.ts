import { rm } from "node:fs/promises";
import { DspError } from "../../errors.ts";
import type { ExpectedDigest } from "./digest-headers.ts";

/**
 * Checks the client's checksums of one scope against the computed SHA-256. On a mismatch it
 * deletes `discard` (the bytes just received) and throws `unprocessable`, so nothing of a
 * corrupted transfer is kept.
 */
export async function verifyDigests(options: {
  digests: readonly ExpectedDigest[];
  scope: ExpectedDigest["scope"];
  actual: string;
  discard: () => Promise<void>;
}): Promise<void> {
  const mismatch = options.digests.find(
    (digest) => digest.scope === options.scope && digest.sha256 !== options.actual,
  );
  if (mismatch === undefined) {
    return;
  }
  await options.discard();
  throw new DspError(
    "unprocessable",
    `The ${mismatch.header} checksum does not match the bytes received: expected SHA-256 ${mismatch.sha256}, computed ${options.actual}. Nothing was kept; send the upload again.`,
    { field: mismatch.header, value: mismatch.sha256, expected: options.actual },
  );
}

/** Deletes a file, ignoring one that is already gone. */
export function removeFile(path: string): () => Promise<void> {
  return () => rm(path, { force: true });
}
