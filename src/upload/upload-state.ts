import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

/** Name of the hidden file in a run folder that remembers an unfinished upload. */
export const uploadStateFile = ".dsp-upload.json";

/** Target of an interrupted upload of a folder: the server and the run it created. */
export interface UploadState {
  server: string;
  runId: string;
}

/** Returns the upload state of a folder for this server, or undefined when there is none. */
export async function readUploadState(
  folder: string,
  server: string,
): Promise<UploadState | undefined> {
  const text = await readFile(join(folder, uploadStateFile), "utf8").catch(() => undefined);
  if (text === undefined) {
    return undefined;
  }
  try {
    const state = JSON.parse(text) as Partial<UploadState>;
    return state.server === server && typeof state.runId === "string"
      ? { server, runId: state.runId }
      : undefined;
  } catch {
    return undefined;
  }
}

/** Records the run an upload goes to, so a rerun after an interruption resumes it. */
export async function writeUploadState(folder: string, state: UploadState): Promise<void> {
  await writeFile(join(folder, uploadStateFile), `${JSON.stringify(state)}\n`);
}

/** Forgets the upload state once the run is complete. */
export async function clearUploadState(folder: string): Promise<void> {
  await rm(join(folder, uploadStateFile), { force: true });
}
