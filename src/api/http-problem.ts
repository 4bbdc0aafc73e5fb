import type { ErrorDetails } from "../errors.ts";

/**
 * An HTTP failure that has no semantic error code in `errorCodes`, such as 406 from content
 * negotiation. Everything else is a `DspError`.
 */
export class HttpProblem extends Error {
  readonly status: number;
  readonly slug: string;
  readonly title: string;
  readonly details: ErrorDetails;

  constructor(
    kind: { status: number; slug: string; title: string },
    message: string,
    details: ErrorDetails = {},
  ) {
    super(message);
    this.name = "HttpProblem";
    this.status = kind.status;
    this.slug = kind.slug;
    this.title = kind.title;
    this.details = details;
  }
}
