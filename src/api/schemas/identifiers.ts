import { Type } from "@sinclair/typebox";

/** Characters allowed in run and chart ids: safe in URLs, file names and log fields. */
const idPattern = "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$";

export const RunId = Type.String({
  pattern: idPattern,
  description: "Run id: a letter or digit, then up to 127 letters, digits, `.`, `_` or `-`.",
  examples: ["opendc-2025-01-31-a"],
});

export const ChartId = Type.String({
  pattern: idPattern,
  description: "Stable chart id from the run's chart pack.",
  examples: ["host-power"],
});

export const JobId = Type.String({
  pattern: idPattern,
  description: "Job id, as returned when the job was queued.",
});

export const Sha256Hex = Type.String({
  pattern: "^[0-9a-f]{64}$",
  description: "SHA-256 as 64 lowercase hex digits.",
});

export const Timestamp = Type.String({ format: "date-time" });

export const RunIdParams = Type.Object({ runId: RunId }, { additionalProperties: false });

export const RunChartParams = Type.Object(
  { runId: RunId, chartId: ChartId },
  { additionalProperties: false },
);
