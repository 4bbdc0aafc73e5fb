import { DspError } from "../errors.ts";
import type { RunRecord, Store } from "../store/store.ts";

/** Returns a run, or throws `not_found` naming the id. */
export async function findRun(store: Store, runId: string): Promise<RunRecord> {
  const run = await store.getRun(runId);
  if (run === undefined) {
    throw new DspError(
      "not_found",
      `Run "${runId}" does not exist. List runs with GET /v1/runs, or create one with POST /v1/runs.`,
      { field: "runId", value: runId },
    );
  }
  return run;
}
