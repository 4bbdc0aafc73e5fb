import { DspError } from "../errors.ts";
import type { ArtifactFormat } from "./artifact-contract.ts";

const formatByExtension: Record<string, ArtifactFormat> = {
  parquet: "parquet",
  csv: "csv",
  ndjson: "ndjson",
  jsonl: "ndjson",
  arrow: "arrow",
  ipc: "arrow",
  feather: "arrow",
  json: "json",
};

/** File extensions the artifact layer reads, without the dot. */
export const knownExtensions: readonly string[] = Object.keys(formatByExtension);

/** Returns the format of a file from its extension, or undefined for an unknown extension. */
export function formatOfPath(path: string): ArtifactFormat | undefined {
  const dot = path.lastIndexOf(".");
  if (dot < 0) {
    return undefined;
  }
  return formatByExtension[path.slice(dot + 1).toLowerCase()];
}

/** Returns the format of a file, throwing when its extension names no known format. */
export function requireFormat(path: string): ArtifactFormat {
  const format = formatOfPath(path);
  if (format === undefined) {
    throw new DspError(
      "invalid_input",
      `Cannot tell the format of ${path}: the extension is not one of .${knownExtensions.join(", .")}. Rename the file or declare its format in the artifact contract.`,
      { file: path, expected: knownExtensions.join(", ") },
    );
  }
  return format;
}
