import type { Logger } from "../observability/logger.ts";
import type { LineageRecord } from "../store/store.ts";

/**
 * Sends a lineage event to an OpenLineage HTTP backend (`POST <url>/api/v1/lineage`) when
 * `DSP_OPENLINEAGE_URL` is set. A failed send is logged and never fails the job, because the
 * event is already stored.
 */
export async function sendLineage(
  record: LineageRecord,
  logger: Logger,
  url = process.env.DSP_OPENLINEAGE_URL,
): Promise<void> {
  if (url === undefined || url === "") {
    return;
  }
  const endpoint = new URL("api/v1/lineage", url.endsWith("/") ? url : `${url}/`);
  try {
    const response = await fetch(endpoint, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(record.event),
      signal: AbortSignal.timeout(5000),
    });
    if (!response.ok) {
      logger.warn(
        { endpoint: endpoint.href, status: response.status, jobId: record.jobId },
        "lineage backend rejected event",
      );
    }
  } catch (error) {
    logger.warn(
      { endpoint: endpoint.href, err: error, jobId: record.jobId },
      "lineage backend unreachable",
    );
  }
}
