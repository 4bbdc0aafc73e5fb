import { DspApiError } from "../../../sdk/index.ts";

/** Returns the message to show for an error: the problem detail for API errors. */
export function describeError(error: unknown): string {
  if (error instanceof DspApiError) {
    return `${error.message} (HTTP ${error.status})`;
  }
  return error instanceof Error ? error.message : String(error);
}

/** Returns whether an error means the request needs another API token. */
export function needsToken(error: unknown): boolean {
  return error instanceof DspApiError && (error.status === 401 || error.status === 403);
}
