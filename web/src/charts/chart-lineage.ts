import type { LineageList } from "../dashboard-api.ts";

type LineageEvent = LineageList["events"][number];

/** One input file of the job that produced a chart dataset, from its OpenLineage facets. */
export interface LineageInput {
  /** File path as the job read it. */
  path: string;
  /** Logical artifact name from the pack's contract, such as `host`. */
  artifact: string | undefined;
  format: string | undefined;
  size: number | undefined;
  sha256: string | undefined;
  /** Partition values taken from the path, such as `scenario=0 seed=0`. */
  partitions: string;
}

/** Provenance of a chart dataset: the job's COMPLETE event and the files the job read. */
export interface ChartLineage {
  jobId: string;
  eventTime: string;
  /** OpenLineage name of the output dataset, such as `runs/a/charts/power`. */
  output: string;
  rows: number | undefined;
  contentHash: string | undefined;
  inputs: LineageInput[];
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
}

function outputFacet(event: LineageEvent, name: string): Record<string, unknown> | undefined {
  const outputs = Array.isArray(event.event.outputs) ? event.event.outputs : [];
  const output = outputs.map(record).find((dataset) => dataset.name === name);
  return output === undefined ? undefined : record(record(output.facets).chartDataset);
}

function toInput(dataset: unknown): LineageInput {
  const facets = record(record(dataset).facets);
  const artifact = record(facets.artifact);
  const partitions = Object.entries(record(artifact.partitions))
    .map(([key, value]) => `${key}=${String(value)}`)
    .join(" ");
  return {
    path: String(record(dataset).name ?? ""),
    artifact: typeof artifact.artifact === "string" ? artifact.artifact : undefined,
    format: typeof artifact.format === "string" ? artifact.format : undefined,
    size: typeof artifact.size === "number" ? artifact.size : undefined,
    sha256: typeof artifact.sha256 === "string" ? artifact.sha256 : undefined,
    partitions,
  };
}

/**
 * Finds the COMPLETE event whose outputs contain the chart's dataset, preferring the one that
 * published `contentHash` and else the latest, and returns the input files of that job. A
 * job's inputs are every file of the run it read, since events do not split inputs by chart.
 */
export function chartLineage(
  lineage: LineageList,
  chartId: string,
  contentHash: string | undefined,
): ChartLineage | undefined {
  const name = `runs/${lineage.runId}/charts/${chartId}`;
  const producing = lineage.events.filter(
    (event) => event.eventType === "COMPLETE" && outputFacet(event, name) !== undefined,
  );
  const event =
    producing.findLast((candidate) => outputFacet(candidate, name)?.contentHash === contentHash) ??
    producing.at(-1);
  if (event === undefined) {
    return undefined;
  }
  const facet = outputFacet(event, name) ?? {};
  const inputs = Array.isArray(event.event.inputs) ? event.event.inputs : [];
  return {
    jobId: event.jobId,
    eventTime: event.eventTime,
    output: name,
    rows: typeof facet.rows === "number" ? facet.rows : undefined,
    contentHash: typeof facet.contentHash === "string" ? facet.contentHash : undefined,
    inputs: inputs.map(toInput),
  };
}
