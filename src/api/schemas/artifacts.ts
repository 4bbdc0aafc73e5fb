import { Type } from "@sinclair/typebox";
import { RunId, Sha256Hex } from "./identifiers.ts";
import { schemaRef } from "./schema-ref.ts";

export const ArtifactPathParams = Type.Object(
  {
    runId: RunId,
    "*": Type.String({
      minLength: 1,
      maxLength: 1024,
      description:
        "Artifact path inside the run folder, `/`-separated, such as `raw-output/s1/seed=0/host.parquet`.",
    }),
  },
  { additionalProperties: false },
);

export const Artifact = Type.Object(
  {
    path: Type.String(),
    size: Type.Integer({ minimum: 0, description: "Size in bytes." }),
    sha256: Sha256Hex,
  },
  { $id: "Artifact", additionalProperties: false },
);

export const ArtifactUpload = Type.Object(
  {
    path: Type.String(),
    complete: Type.Boolean({
      description: "True once every byte arrived and the checksum is verified.",
    }),
    offset: Type.Integer({
      minimum: 0,
      description: "Bytes stored so far; a resumed upload continues from here.",
    }),
    size: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()], {
      description: "Total size in bytes, once known.",
    }),
    sha256: Type.Union([Sha256Hex, Type.Null()], {
      description: "SHA-256 of the whole artifact; null until it is complete.",
    }),
  },
  { $id: "ArtifactUpload", additionalProperties: false },
);

export const ArtifactList = Type.Object(
  {
    runId: RunId,
    artifacts: Type.Array(schemaRef(Artifact), { description: "Complete artifacts by path." }),
    partial: Type.Array(
      Type.Object(
        { path: Type.String(), offset: Type.Integer({ minimum: 0 }) },
        { additionalProperties: false },
      ),
      { description: "Uploads that started with Content-Range and are not complete yet." },
    ),
  },
  { $id: "ArtifactList", additionalProperties: false },
);
