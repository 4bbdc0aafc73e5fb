import { type Static, Type } from "@sinclair/typebox";

/** One failed check of a request, as in the `errors` list of a validation problem. */
export const ProblemIssue = Type.Object(
  {
    field: Type.String({ description: "Where the check failed, such as `body.metadata.labels`." }),
    message: Type.String(),
    value: Type.Optional(Type.Unknown({ description: "The value received, when there is one." })),
  },
  { $id: "ProblemIssue", additionalProperties: false },
);

/** An RFC 9457 problem document, the body of every error response. */
export const Problem = Type.Object(
  {
    type: Type.String({
      format: "uri",
      description: "Stable URI naming the kind of problem.",
      examples: ["https://scale-up-dsp.dev/problems/validation"],
    }),
    title: Type.String({ description: "Short summary of the kind of problem." }),
    status: Type.Integer({ minimum: 400, maximum: 599 }),
    detail: Type.String({ description: "What failed on which value, and what to do next." }),
    instance: Type.String({ description: "Path of the request that failed." }),
    code: Type.String({ description: "Semantic error code, such as `invalid_input`." }),
    requestId: Type.String({ description: "Request id, also sent as the X-Request-Id header." }),
    field: Type.Optional(Type.String({ description: "The request field that failed." })),
    value: Type.Optional(Type.Unknown({ description: "The value received for `field`." })),
    expected: Type.Optional(Type.String()),
    fix: Type.Optional(Type.String()),
    errors: Type.Optional(Type.Array(Type.Ref(ProblemIssue))),
  },
  { $id: "Problem", additionalProperties: false },
);

export type ProblemDocument = Static<typeof Problem>;
export type ProblemIssueRecord = Static<typeof ProblemIssue>;
