import { type TSchema, Type } from "@sinclair/typebox";
import { problemStatusTitles } from "../problem-types.ts";
import { Problem } from "./problem.ts";

/** Error statuses that any operation may return. */
const alwaysPossible = [400, 500] as const;
/** Error statuses of operations that need a token. */
const securedStatuses = [401, 403] as const;

/**
 * Builds the `response` map of a route: the success responses plus a problem document for
 * every error status it can return. 400 and 500 are always listed, and 401 and 403 whenever
 * the operation needs a token, so that the document and the server agree.
 */
export function responses(
  success: Record<number, unknown>,
  options: { errors?: readonly number[]; secured: boolean },
): Record<number, unknown> {
  const statuses = new Set<number>([
    ...alwaysPossible,
    ...(options.secured ? securedStatuses : []),
    ...(options.errors ?? []),
  ]);
  const sorted = [...statuses].sort((left, right) => left - right);
  return { ...success, ...Object.fromEntries(sorted.map((status) => [status, problem(status)])) };
}

/** A JSON success response with a description. */
export function json(description: string, schema: TSchema): unknown {
  return { description, content: { "application/json": { schema } } };
}

function problem(status: number): unknown {
  return {
    description: problemStatusTitles[status] ?? "Error",
    content: { "application/problem+json": { schema: Type.Ref(Problem.$id ?? "Problem") } },
  };
}
