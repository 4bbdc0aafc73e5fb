import type { ArtifactRef, ChartResult, LineageRecord } from "../store/store.ts";

/** Identifies this software as the producer of the events, as OpenLineage requires. */
export const lineageProducer = "https://scale-up-dsp.dev/dsp/0.1.0";
const runEventSchema = "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent";
const schemaFacetUrl =
  "https://openlineage.io/spec/facets/1-1-1/SchemaDatasetFacet.json#/$defs/SchemaDatasetFacet";
const errorFacetUrl =
  "https://openlineage.io/spec/facets/1-0-1/ErrorMessageRunFacet.json#/$defs/ErrorMessageRunFacet";
const artifactFacetUrl = "https://scale-up-dsp.dev/spec/facets/ArtifactFacet.json";
const datasetFacetUrl = "https://scale-up-dsp.dev/spec/facets/ChartDatasetFacet.json";

/** Subject of a lineage event: one job of one run. */
export interface LineageContext {
  runId: string;
  /** The job id, a UUID, used as the OpenLineage run id. */
  jobId: string;
  jobKind: "process" | "replay";
  pack: string;
  /** The namespace of datasets and jobs, such as `dsp://hostname`. */
  namespace: string;
}

function inputDataset(ref: ArtifactRef): Record<string, unknown> {
  return {
    namespace: "file",
    name: ref.path,
    facets: {
      schema: {
        _producer: lineageProducer,
        _schemaURL: schemaFacetUrl,
        fields: ref.schema.map((field) => ({ name: field.name, type: field.dtype })),
      },
      artifact: {
        _producer: lineageProducer,
        _schemaURL: artifactFacetUrl,
        artifact: ref.artifact,
        size: ref.size,
        sha256: ref.sha256,
        format: ref.format,
        partitions: ref.partitions,
      },
    },
  };
}

function outputDataset(context: LineageContext, result: ChartResult): Record<string, unknown> {
  return {
    namespace: context.namespace,
    name: `runs/${context.runId}/charts/${result.chartId}`,
    facets: {
      chartDataset: {
        _producer: lineageProducer,
        _schemaURL: datasetFacetUrl,
        chartVersion: result.chartVersion,
        rows: result.rows,
        contentHash: result.contentHash,
      },
    },
  };
}

/**
 * Builds an OpenLineage run event. START names the inputs, and COMPLETE and FAIL also name the
 * chart datasets that were published, and FAIL carries the error message.
 */
export function buildLineageEvent(
  context: LineageContext,
  eventType: LineageRecord["eventType"],
  options: { inputs: ArtifactRef[]; results?: ChartResult[]; error?: string; eventTime?: string },
): LineageRecord {
  const eventTime = options.eventTime ?? new Date().toISOString();
  const published = (options.results ?? []).filter((result) => result.status === "succeeded");
  const runFacets: Record<string, unknown> = {};
  if (options.error !== undefined) {
    runFacets.errorMessage = {
      _producer: lineageProducer,
      _schemaURL: errorFacetUrl,
      message: options.error,
      programmingLanguage: "TypeScript",
    };
  }

  const event = {
    eventType,
    eventTime,
    producer: lineageProducer,
    schemaURL: runEventSchema,
    run: { runId: context.jobId, facets: runFacets },
    job: {
      namespace: context.namespace,
      name: `${context.pack}.${context.jobKind}.${context.runId}`,
    },
    inputs: options.inputs.map(inputDataset),
    outputs: published.map((result) => outputDataset(context, result)),
  };
  return { runId: context.runId, jobId: context.jobId, eventType, eventTime, event };
}
