import type { IncomingHttpHeaders } from "node:http";
import type { ExpectedDigest } from "./digest-headers.ts";
import type { UploadFolder } from "./upload-folder.ts";

/** One PUT of an artifact, after its path and headers were checked. */
export interface UploadRequest {
  folder: UploadFolder;
  /** Checked segments of the artifact path. */
  segments: string[];
  body: AsyncIterable<unknown>;
  headers: IncomingHttpHeaders;
  digests: ExpectedDigest[];
  /** Largest artifact accepted, in bytes. */
  maxBytes: number;
}

/** State of an artifact after a PUT, as the API returns it. */
export interface UploadState {
  path: string;
  complete: boolean;
  offset: number;
  size: number | null;
  sha256: string | null;
}

/** The HTTP status of a PUT's outcome and the state it returns. */
export interface UploadOutcome {
  /** 201 for a newly stored artifact, 200 for an identical one or a stored chunk. */
  status: 200 | 201;
  state: UploadState;
}
