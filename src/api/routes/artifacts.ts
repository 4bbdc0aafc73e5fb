import type { Static } from "@sinclair/typebox";
import { Type } from "@sinclair/typebox";
import type { FastifyInstance, FastifyReply } from "fastify";
import { DspError } from "../../errors.ts";
import type { RunRecord } from "../../store/store.ts";
import type { ApiContext } from "../api-context.ts";
import { findRun } from "../find-run.ts";
import { operation } from "../operation.ts";
import { ArtifactList, ArtifactPathParams, ArtifactUpload } from "../schemas/artifacts.ts";
import { RunIdParams } from "../schemas/identifiers.ts";
import { json } from "../schemas/responses.ts";
import { schemaRef } from "../schemas/schema-ref.ts";
import { parseArtifactPath } from "../upload/artifact-path.ts";
import { parseContentRange } from "../upload/content-range.ts";
import { formatDigestHeader, readExpectedDigests } from "../upload/digest-headers.ts";
import { receiveRangedUpload } from "../upload/receive-ranged-upload.ts";
import { receiveWholeUpload } from "../upload/receive-whole-upload.ts";
import { UploadFolder } from "../upload/upload-folder.ts";
import type { UploadState } from "../upload/upload-request.ts";

const tags = ["Artifacts"];
const octetStream = "application/octet-stream";

const uploadDescription = [
  "Uploads one artifact file, streamed to disk and flushed before the reply.",
  "",
  "**Whole upload**: send the file as the body. An interrupted transfer keeps nothing; send it again.",
  "",
  "**Resumable upload**: send chunks with `Content-Range: bytes <first>-<last>/<total>`, in order. Each acknowledged chunk is durable. After an interruption, `HEAD` the same path and continue from `Upload-Offset`; a chunk at byte 0 starts over.",
  "",
  "**Checksums**: `Content-Digest` or `Digest` cover the bytes of this request; `Repr-Digest` or `X-Checksum-SHA256` cover the whole artifact and are checked when the last byte arrives. A mismatch is 422 and keeps nothing of the failed request.",
  "",
  "Artifacts are immutable: the same path with the same content again is 200, with other content 409.",
].join("\n");

/** Registers artifact upload, resume state and listing. */
export function registerArtifactRoutes(app: FastifyInstance, context: ApiContext): void {
  app.addContentTypeParser(octetStream, (_request, payload, done) => done(null, payload));

  app.put<{ Params: Static<typeof ArtifactPathParams> }>("/v1/runs/:runId/artifacts/*", {
    ...operation({
      operationId: "uploadArtifact",
      summary: "Upload an artifact",
      description: uploadDescription,
      tags,
      scope: "simulator:write",
      params: ArtifactPathParams,
      // No `type`: the handler reads the body as a stream, which validation must let through.
      body: Type.Unsafe<unknown>({
        contentMediaType: octetStream,
        description: "The artifact bytes.",
      }),
      consumes: [octetStream],
      success: {
        200: json(
          "Identical artifact already stored, or a chunk stored.",
          schemaRef(ArtifactUpload),
        ),
        201: json("Artifact stored.", schemaRef(ArtifactUpload)),
      },
      errors: [404, 409, 413, 415, 422],
    }),
    handler: async (request, reply) => {
      const segments = parseArtifactPath(request.params["*"]);
      requireOctetStream(request.headers["content-type"]);
      const run = await findRun(context.store, request.params.runId);
      requireOpenRun(run);
      const digests = readExpectedDigests(request.headers);
      const range = parseContentRange(request.headers["content-range"]);
      requireDeclaredLength(request.headers["content-length"], context.maxArtifactBytes);

      const upload = {
        folder: new UploadFolder(run.folder),
        segments,
        body: request.body as AsyncIterable<unknown>,
        headers: request.headers,
        digests,
        maxBytes: context.maxArtifactBytes,
      };
      const key = `${run.id}/${segments.join("/")}`;
      const outcome = await context.uploadLock.run(key, () =>
        range === undefined ? receiveWholeUpload(upload) : receiveRangedUpload(upload, range),
      );
      request.log.info({ runId: run.id, ...outcome.state }, "artifact upload stored");
      return sendUploadState(reply.code(outcome.status), outcome.state);
    },
  });

  app.head<{ Params: Static<typeof ArtifactPathParams> }>("/v1/runs/:runId/artifacts/*", {
    ...operation({
      operationId: "getArtifactUploadState",
      summary: "Get an artifact's upload state",
      description:
        "Returns the state of an artifact in headers: `Upload-Offset` (bytes stored), `Upload-Complete` (`?1` or `?0`), `Upload-Length` (total size once known) and, for a complete artifact, `X-Checksum-SHA256` and `Repr-Digest`. 404 when nothing was uploaded at the path.",
      tags,
      scope: "simulator:write",
      params: ArtifactPathParams,
      success: {
        200: {
          description: "Upload state in headers.",
          type: "null",
          headers: uploadStateHeaders,
        },
      },
      errors: [404],
    }),
    handler: async (request, reply) => {
      const segments = parseArtifactPath(request.params["*"]);
      const run = await findRun(context.store, request.params.runId);
      const folder = new UploadFolder(run.folder);
      const path = segments.join("/");
      const stored = await folder.readArtifact(segments);
      if (stored !== undefined) {
        return sendUploadState(reply, { ...stored, complete: true, offset: stored.size }, false);
      }
      const partial = await folder.readPartial(path);
      if (partial !== undefined) {
        const state = {
          path,
          complete: false,
          offset: partial.offset,
          size: partial.total,
          sha256: null,
        };
        return sendUploadState(reply, state, false);
      }
      throw new DspError(
        "not_found",
        `Run "${run.id}" has no artifact or upload in progress at "${path}". Start the upload with PUT.`,
        { field: "path", value: path },
      );
    },
  });

  app.get<{ Params: Static<typeof RunIdParams> }>("/v1/runs/:runId/artifacts", {
    ...operation({
      operationId: "listArtifacts",
      summary: "List a run's artifacts",
      tags,
      scope: "read",
      params: RunIdParams,
      success: { 200: json("Complete and partial artifacts.", schemaRef(ArtifactList)) },
      errors: [404],
    }),
    handler: async (request) => {
      const run = await findRun(context.store, request.params.runId);
      const folder = new UploadFolder(run.folder);
      const [artifacts, partial] = await Promise.all([
        folder.listArtifacts(),
        folder.listPartial(),
      ]);
      return {
        runId: run.id,
        artifacts,
        partial: partial.map(({ path, offset }) => ({ path, offset })),
      };
    },
  });
}

const uploadStateHeaders = {
  "upload-offset": { type: "integer", description: "Bytes stored so far." },
  "upload-complete": {
    type: "string",
    enum: ["?1", "?0"],
    description: "Whether the artifact is complete.",
  },
  "upload-length": { type: "integer", description: "Total size in bytes, once known." },
  "x-checksum-sha256": { type: "string", description: "SHA-256 of a complete artifact, hex." },
  "repr-digest": {
    type: "string",
    description: "SHA-256 of a complete artifact, `sha-256=:base64:`.",
  },
};

function sendUploadState(reply: FastifyReply, state: UploadState, withBody = true): FastifyReply {
  reply.header("upload-offset", String(state.offset));
  reply.header("upload-complete", state.complete ? "?1" : "?0");
  if (state.size !== null) {
    reply.header("upload-length", String(state.size));
  }
  if (state.sha256 !== null) {
    reply.header("x-checksum-sha256", state.sha256);
    reply.header("repr-digest", formatDigestHeader(state.sha256));
  }
  return withBody ? reply.send(state) : reply.send();
}

function requireOctetStream(contentType: string | undefined): void {
  const received = (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (received !== octetStream) {
    throw new DspError(
      "unsupported_media_type",
      `Content-Type "${received || "(none)"}" is not accepted for artifacts. Send the file as ${octetStream}.`,
      { field: "content-type", value: received, expected: octetStream },
    );
  }
}

function requireOpenRun(run: RunRecord): void {
  if (run.status !== "created") {
    throw new DspError(
      "conflict",
      `Run "${run.id}" is ${run.status}, so its artifacts can no longer change. Create a new run to upload other files.`,
      { field: "runId", value: run.id, expected: "a run in status created" },
    );
  }
}

function requireDeclaredLength(header: string | undefined, maxBytes: number): void {
  const length = header === undefined ? undefined : Number(header);
  if (length !== undefined && length > maxBytes) {
    throw new DspError(
      "payload_too_large",
      `Content-Length ${length} is more than the limit of ${maxBytes} bytes. Split the artifact or ask the operator to raise DSP_MAX_ARTIFACT_BYTES.`,
      { field: "content-length", value: length, expected: `at most ${maxBytes} bytes` },
    );
  }
}
