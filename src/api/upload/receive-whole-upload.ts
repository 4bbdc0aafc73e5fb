import { createHash } from "node:crypto";
import { open } from "node:fs/promises";
import { publishUpload } from "./publish-upload.ts";
import type { UploadOutcome, UploadRequest } from "./upload-request.ts";
import { removeFile, verifyDigests } from "./verify-digests.ts";
import { writeBody } from "./write-body.ts";

/**
 * Receives a PUT without `Content-Range`: the body is the whole artifact. It is streamed to
 * a temp file with fsync, checked against every checksum the client sent, and renamed into
 * place. Any failure deletes the temp file, so an interrupted upload leaves nothing behind
 * and the client sends it again from the start.
 */
export async function receiveWholeUpload(request: UploadRequest): Promise<UploadOutcome> {
  const temp = await request.folder.newTempPath();
  const discard = removeFile(temp);
  const hash = createHash("sha256");

  const handle = await open(temp, "wx");
  try {
    await writeBody(request.body, handle, { maxBytes: request.maxBytes, hashes: [hash] });
  } catch (error) {
    await handle.close();
    await discard();
    throw error;
  }
  await handle.close();

  const sha256 = hash.digest("hex");
  await verifyDigests({ digests: request.digests, scope: "content", actual: sha256, discard });
  await verifyDigests({ digests: request.digests, scope: "artifact", actual: sha256, discard });
  return publishUpload({
    folder: request.folder,
    segments: request.segments,
    source: temp,
    sha256,
  });
}
