import { DspError } from "../errors.ts";
import type { RunRecord, Store } from "../store/store.ts";

/** Returns a stored run, or throws not_found naming the id and how to list runs. */
export async function requireRun(store: Store, runId: string): Promise<RunRecord> {
  const run = await store.getRun(runId);
  if (run === undefined) {
    throw new DspError(
      "not_found",
      `Run "${runId}" does not exist in the store. List runs with \`dsp runs\`.`,
      { field: "runId", value: runId },
    );
  }
  return run;
}
