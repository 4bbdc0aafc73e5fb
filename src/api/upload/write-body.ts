import type { Hash } from "node:crypto";
import type { FileHandle } from "node:fs/promises";
import { DspError } from "../../errors.ts";

/** Limits and side outputs of {@link writeBody}. */
export interface WriteBodyOptions {
  /** Largest number of bytes this request may add; more fails with `payload_too_large`. */
  maxBytes: number;
  /** Hashes that see every byte written, such as the chunk's and the artifact's SHA-256. */
  hashes: readonly Hash[];
  /** The error for a body past `maxBytes`; a `payload_too_large` error when absent. */
  tooLarge?: () => DspError;
}

/**
 * Streams a request body to the end of an open file, a chunk at a time, and flushes it to
 * disk with `fsync`. Returns the number of bytes written. The body is never held in memory
 * as a whole; a write waits for the disk before the next chunk is read.
 */
export async function writeBody(
  body: AsyncIterable<unknown>,
  file: FileHandle,
  options: WriteBodyOptions,
): Promise<number> {
  let written = 0;
  for await (const chunk of body) {
    const bytes = chunk as Buffer;
    if (written + bytes.length > options.maxBytes) {
      throw (
        options.tooLarge?.() ??
        new DspError(
          "payload_too_large",
          `The upload is larger than the limit of ${options.maxBytes} bytes. Split the artifact or ask the operator to raise DSP_MAX_ARTIFACT_BYTES.`,
          { field: "body", expected: `at most ${options.maxBytes} bytes` },
        )
      );
    }
    await file.write(bytes);
    for (const hash of options.hashes) {
      hash.update(bytes);
    }
    written += bytes.length;
  }
  await file.sync();
  return written;
}
