import { rm } from "node:fs/promises";
import { DspError } from "../../errors.ts";
import type { UploadFolder } from "./upload-folder.ts";
import type { UploadOutcome } from "./upload-request.ts";

/**
 * Publishes a finished, verified upload at its artifact path, unless the path already holds
 * a file. An existing file with the same checksum makes the upload an idempotent repeat
 * (200, the new copy is deleted); a different checksum is a `conflict` (409, nothing changes).
 */
export async function publishUpload(options: {
  folder: UploadFolder;
  segments: readonly string[];
  source: string;
  sha256: string;
}): Promise<UploadOutcome> {
  const { folder, segments, source, sha256 } = options;
  const path = segments.join("/");
  const existing = await folder.readArtifact(segments);
  if (existing !== undefined) {
    await rm(source, { force: true });
    if (existing.sha256 !== sha256) {
      throw new DspError(
        "conflict",
        `Artifact "${path}" already exists with SHA-256 ${existing.sha256}, and this upload has ${sha256}. Artifacts are immutable: upload under another path or create a new run.`,
        { field: "path", value: path, expected: existing.sha256 },
      );
    }
    return { status: 200, state: completeState(existing) };
  }

  const stored = await folder.publish(source, segments, sha256);
  return { status: 201, state: completeState(stored) };
}

function completeState(artifact: { path: string; size: number; sha256: string }) {
  return {
    path: artifact.path,
    complete: true,
    offset: artifact.size,
    size: artifact.size,
    sha256: artifact.sha256,
  };
}
