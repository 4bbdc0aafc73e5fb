import type { ErrorCode } from "../errors.ts";

/** Base of every problem `type` URI. The URIs are stable: clients may switch on them. */
export const problemTypeBase = "https://scale-up-dsp.dev/problems/";

/** A kind of problem: the URI slug and the title sent for it. */
export interface ProblemKind {
  slug: string;
  title: string;
}

/** The problem kind of each semantic error code; statuses come from `errorCodes`. */
export const problemKinds: Record<ErrorCode, ProblemKind> = {
  invalid_input: { slug: "validation", title: "Invalid request" },
  unauthenticated: { slug: "unauthenticated", title: "Authentication required" },
  forbidden: { slug: "forbidden", title: "Insufficient scope" },
  not_found: { slug: "not-found", title: "Not found" },
  conflict: { slug: "conflict", title: "Conflict with the current state" },
  payload_too_large: { slug: "payload-too-large", title: "Request body too large" },
  unsupported_media_type: { slug: "unsupported-media-type", title: "Unsupported media type" },
  contract_violation: { slug: "contract-violation", title: "Artifact breaks its contract" },
  unprocessable: { slug: "unprocessable", title: "Request cannot be processed" },
  unavailable: { slug: "unavailable", title: "Service unavailable" },
  internal: { slug: "internal", title: "Internal server error" },
};

/** 406 has no semantic error code because only content negotiation in the API raises it. */
export const notAcceptableKind: ProblemKind = { slug: "not-acceptable", title: "Not acceptable" };

/** Title of each HTTP status that can carry a problem, for the OpenAPI response descriptions. */
export const problemStatusTitles: Record<number, string> = {
  400: problemKinds.invalid_input.title,
  401: problemKinds.unauthenticated.title,
  403: problemKinds.forbidden.title,
  404: problemKinds.not_found.title,
  406: notAcceptableKind.title,
  409: problemKinds.conflict.title,
  413: problemKinds.payload_too_large.title,
  415: problemKinds.unsupported_media_type.title,
  422: problemKinds.unprocessable.title,
  500: problemKinds.internal.title,
  503: problemKinds.unavailable.title,
};
