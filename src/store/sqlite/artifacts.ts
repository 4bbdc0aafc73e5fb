import type { DatabaseSync } from "node:sqlite";
import { requireInteger, requireText } from "../input-checks.ts";
import { decodeJson, encodeJson } from "../json-codec.ts";
import type { ArtifactRef, SchemaField } from "../store.ts";
import { type Row, readNumber, readText } from "./row-values.ts";
import { requireRun } from "./runs.ts";

/**
 * Replaces the artifact references of a run, keeping their order. The caller runs it in a
 * write transaction so that readers see the old list or the new one.
 */
export function replaceArtifacts(
  database: DatabaseSync,
  runId: string,
  artifacts: readonly ArtifactRef[],
): void {
  requireRun(database, runId);
  artifacts.forEach(checkArtifact);

  database.prepare("DELETE FROM run_artifacts WHERE run_id = ?").run(runId);
  const insert = database.prepare(
    `INSERT INTO run_artifacts
       (run_id, position, artifact, path, relative_path, format, size, sha256, partitions, schema)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  artifacts.forEach((artifact, position) => {
    insert.run(
      runId,
      position,
      artifact.artifact,
      artifact.path,
      artifact.relativePath,
      artifact.format,
      artifact.size,
      artifact.sha256,
      encodeJson(artifact.partitions, `artifacts[${position}].partitions`),
      encodeJson(artifact.schema, `artifacts[${position}].schema`),
    );
  });
}

/** Reads the artifact references of a run in the order they were saved. */
export function selectArtifacts(database: DatabaseSync, runId: string): ArtifactRef[] {
  const rows = database
    .prepare("SELECT * FROM run_artifacts WHERE run_id = ? ORDER BY position")
    .all(runId);
  return rows.map(artifactFromRow);
}

function checkArtifact(artifact: ArtifactRef, position: number): void {
  requireText(`artifacts[${position}].artifact`, artifact.artifact);
  requireText(`artifacts[${position}].path`, artifact.path);
  requireText(`artifacts[${position}].sha256`, artifact.sha256);
  requireInteger(`artifacts[${position}].size`, artifact.size, 0);
}

function artifactFromRow(row: Row): ArtifactRef {
  return {
    artifact: readText(row, "artifact"),
    path: readText(row, "path"),
    relativePath: readText(row, "relative_path"),
    format: readText(row, "format"),
    size: readNumber(row, "size"),
    sha256: readText(row, "sha256"),
    partitions: decodeJson(readText(row, "partitions")) as Record<string, string>,
    schema: decodeJson(readText(row, "schema")) as SchemaField[],
  };
}
