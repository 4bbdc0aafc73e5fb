import type { FastifyRequest } from "fastify";
import type { ProblemIssueRecord } from "./schemas/problem.ts";

/** The parts of an Ajv error that the server reads. */
export interface AjvIssue {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

type ValidationContext = "body" | "querystring" | "params" | "headers";

/**
 * Turns Ajv errors from Fastify's request validation into issues that name the failing field
 * (`body.metadata.startedAt`, `querystring.limit`) and the value received there.
 */
export function toValidationIssues(
  issues: readonly AjvIssue[],
  context: string | undefined,
  request: FastifyRequest,
): ProblemIssueRecord[] {
  const part = (context ?? "body") as ValidationContext;
  const root = requestPart(request, part);
  return issues.map((issue) => toIssue(issue, part, root));
}

function toIssue(issue: AjvIssue, part: string, root: unknown): ProblemIssueRecord {
  const segments = pointerSegments(issue.instancePath);
  const extra = extraSegment(issue);
  const path = extra === undefined ? segments : [...segments, extra];
  const field = [part, ...path].join(".");
  const message = `${field} ${issue.message ?? `fails the ${issue.keyword} rule`}`;
  const value = valueAt(root, path);
  return value === undefined ? { field, message } : { field, message, value };
}

/** The property that a `required` or `additionalProperties` issue is about. */
function extraSegment(issue: AjvIssue): string | undefined {
  const name = issue.params.missingProperty ?? issue.params.additionalProperty;
  return typeof name === "string" ? name : undefined;
}

function pointerSegments(pointer: string): string[] {
  if (pointer === "") {
    return [];
  }
  return pointer
    .slice(1)
    .split("/")
    .map((segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~"));
}

function requestPart(request: FastifyRequest, part: ValidationContext): unknown {
  switch (part) {
    case "body":
      return request.body;
    case "querystring":
      return request.query;
    case "params":
      return request.params;
    case "headers":
      return request.headers;
  }
}

function valueAt(root: unknown, path: readonly string[]): unknown {
  let current = root;
  for (const segment of path) {
    if (current === null || typeof current !== "object") {
      return undefined;
    }
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}
