/** Semantic error codes; one table maps each to an HTTP status and a CLI exit code. */
export const errorCodes = {
  invalid_input: { status: 400, exit: 2 },
  unauthenticated: { status: 401, exit: 2 },
  forbidden: { status: 403, exit: 2 },
  not_found: { status: 404, exit: 3 },
  conflict: { status: 409, exit: 4 },
  payload_too_large: { status: 413, exit: 2 },
  unsupported_media_type: { status: 415, exit: 2 },
  contract_violation: { status: 422, exit: 5 },
  unprocessable: { status: 422, exit: 5 },
  unavailable: { status: 503, exit: 6 },
  internal: { status: 500, exit: 1 },
} as const;

export type ErrorCode = keyof typeof errorCodes;

/** Facts that locate a failure: the file, column, value and expected form, and the fix. */
export interface ErrorDetails {
  file?: string;
  column?: string;
  field?: string;
  value?: unknown;
  expected?: string;
  fix?: string;
}

/**
 * The one error type of the DSP. `message` is a full sentence naming the value and the rule;
 * `details` carries the same facts as fields for JSON output and problem documents.
 */
export class DspError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails;

  constructor(
    code: ErrorCode,
    message: string,
    details: ErrorDetails = {},
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = "DspError";
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return errorCodes[this.code].status;
  }

  get exitCode(): number {
    return errorCodes[this.code].exit;
  }
}

/** Returns the error as a DspError, wrapping anything else as `internal` with the original as cause. */
export function toDspError(error: unknown): DspError {
  if (error instanceof DspError) {
    return error;
  }
  const message = error instanceof Error ? error.message : String(error);
  return new DspError("internal", message, {}, { cause: error });
}
