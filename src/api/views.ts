import type { JobRecord, Store } from "../store/store.ts";

/** The API view of a job: the record with its per-chart results. */
export async function toJobView(store: Store, job: JobRecord) {
  const results = await store.listChartResults(job.id);
  return { ...job, results };
}
