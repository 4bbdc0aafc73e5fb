import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { DspError, type ErrorCode, errorCodes } from "../errors.ts";
import { HttpProblem } from "./http-problem.ts";
import { type ProblemKind, problemKinds, problemTypeBase } from "./problem-types.ts";
import type { ProblemDocument, ProblemIssueRecord } from "./schemas/problem.ts";
import { type AjvIssue, toValidationIssues } from "./validation-issues.ts";

export const problemMediaType = "application/problem+json";

/** Codes of Fastify's own errors that have a semantic code of their own. */
const fastifyErrorCodes: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: "unsupported_media_type",
  FST_ERR_CTP_BODY_TOO_LARGE: "payload_too_large",
  FST_ERR_CTP_EMPTY_JSON_BODY: "invalid_input",
  FST_ERR_CTP_INVALID_JSON_BODY: "invalid_input",
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: "invalid_input",
};

const statusCodes: Record<number, ErrorCode> = Object.fromEntries(
  (Object.keys(errorCodes) as ErrorCode[])
    .filter((code) => code !== "contract_violation")
    .map((code) => [errorCodes[code].status, code]),
);

/**
 * Builds the RFC 9457 problem document for any error a handler or Fastify raised. Errors
 * that are not 4xx become a generic 500 whose detail names only the request id, so that no
 * stack trace, path or secret reaches the client.
 */
export function toProblem(error: unknown, request: FastifyRequest): ProblemDocument {
  if (error instanceof HttpProblem) {
    return buildProblem(request, error, { slug: error.slug, title: error.title }, error.status);
  }
  if (error instanceof DspError) {
    return fromDspError(request, error);
  }
  if (isFastifyError(error) && error.validation !== undefined) {
    return fromValidation(request, error);
  }
  if (isFastifyError(error) && isClientStatus(error.statusCode)) {
    const code =
      fastifyErrorCodes[error.code] ?? statusCodes[error.statusCode ?? 400] ?? "invalid_input";
    return fromDspError(request, new DspError(code, clientMessage(error)));
  }
  return fromDspError(request, internalError(request));
}

/** Sends a problem document with its status and media type. */
export function sendProblem(reply: FastifyReply, problem: ProblemDocument): FastifyReply {
  return reply.code(problem.status).type(problemMediaType).send(problem);
}

function fromDspError(request: FastifyRequest, error: DspError): ProblemDocument {
  const kind = error.code === "internal" ? problemKinds.internal : problemKinds[error.code];
  const safe = error.code === "internal" ? internalError(request) : error;
  return buildProblem(request, safe, kind, safe.status);
}

function fromValidation(request: FastifyRequest, error: FastifyError): ProblemDocument {
  const issues = toValidationIssues(
    (error.validation ?? []) as AjvIssue[],
    error.validationContext,
    request,
  );
  const first = issues[0];
  const detail =
    first === undefined
      ? "The request is invalid."
      : `${first.message}${describeValue(first)}. Fix the field and send the request again.`;
  const dspError = new DspError(
    "invalid_input",
    detail,
    first === undefined ? {} : { field: first.field, value: first.value },
  );
  const problem = fromDspError(request, dspError);
  return { ...problem, errors: issues };
}

function buildProblem(
  request: FastifyRequest,
  error: DspError | HttpProblem,
  kind: ProblemKind,
  status: number,
): ProblemDocument {
  const problem: ProblemDocument = {
    type: `${problemTypeBase}${kind.slug}`,
    title: kind.title,
    status,
    detail: error.message,
    instance: request.url.split("?")[0] ?? request.url,
    code: error instanceof DspError ? error.code : kind.slug,
    requestId: String(request.id),
  };
  const { field, value, expected, fix } = error.details;
  if (field !== undefined) problem.field = field;
  if (value !== undefined) problem.value = value;
  if (expected !== undefined) problem.expected = expected;
  if (fix !== undefined) problem.fix = fix;
  return problem;
}

function describeValue(issue: ProblemIssueRecord): string {
  if (issue.value === undefined) {
    return "";
  }
  const text = JSON.stringify(issue.value) ?? String(issue.value);
  return `, but got ${text.length > 200 ? `${text.slice(0, 200)}…` : text}`;
}

function clientMessage(error: FastifyError): string {
  const message = error.message.endsWith(".") ? error.message : `${error.message}.`;
  return message.charAt(0).toUpperCase() + message.slice(1);
}

function internalError(request: FastifyRequest): DspError {
  return new DspError(
    "internal",
    `The server failed to handle the request. Report request id ${request.id} to the operators; the server log has the cause.`,
  );
}

function isFastifyError(error: unknown): error is FastifyError {
  return error instanceof Error && typeof (error as { code?: unknown }).code === "string";
}

function isClientStatus(status: number | undefined): boolean {
  return status !== undefined && status >= 400 && status < 500;
}
