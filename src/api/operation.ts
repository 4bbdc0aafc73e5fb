import type { FastifySchema } from "fastify";
import type { TokenScope } from "../store/store.ts";
import { responses } from "./schemas/responses.ts";

/** Scope an operation requires; `public` operations need no token. */
export type RequiredScope = TokenScope | "public";

/** When a deprecated operation stops working and what replaces it. */
export interface Deprecation {
  /** Date-time from which the operation is deprecated (RFC 9745 `Deprecation`). */
  since: string;
  /** Date-time after which it may be removed (RFC 8594 `Sunset`). */
  sunset: string;
  /** Path template of the operation that replaces it, such as `/v1/runs/{runId}`. */
  successor: string;
}

declare module "fastify" {
  interface FastifyContextConfig {
    /** Request media types the operation accepts when a body is present. */
    contentTypes?: readonly string[];
    deprecation?: Deprecation;
  }
}

/** Description of one operation, from which its schema, config and OpenAPI entry are built. */
export interface OperationOptions {
  operationId: string;
  summary: string;
  description?: string;
  tags: readonly string[];
  scope: RequiredScope;
  params?: unknown;
  querystring?: unknown;
  headers?: unknown;
  body?: unknown;
  /** Media types of the request body; JSON when absent and a body schema is given. */
  consumes?: readonly string[];
  success: Record<number, unknown>;
  /** Error statuses besides 400, 500 and, for secured operations, 401 and 403. */
  errors?: readonly number[];
  deprecation?: Deprecation;
}

/**
 * Builds a route's `schema` and `config` from one description, so that validation,
 * serialization, the required scope and the OpenAPI document come from the same place.
 * The scope is written as `security` and as the `x-required-scope` extension, which the
 * auth hook reads at request time.
 */
export function operation(options: OperationOptions): {
  schema: FastifySchema;
  config: { contentTypes?: readonly string[]; deprecation?: Deprecation };
} {
  const secured = options.scope !== "public";
  const consumes =
    options.consumes ?? (options.body === undefined ? undefined : ["application/json"]);
  const schema: FastifySchema & Record<string, unknown> = {
    operationId: options.operationId,
    summary: options.summary,
    tags: [...options.tags],
    security: secured ? [{ bearerAuth: [] }] : [],
    "x-required-scope": options.scope,
    response: responses(options.success, {
      secured,
      ...(options.errors === undefined ? {} : { errors: options.errors }),
    }),
  };
  if (options.description !== undefined) schema.description = options.description;
  if (options.params !== undefined) schema.params = options.params;
  if (options.querystring !== undefined) schema.querystring = options.querystring;
  if (options.headers !== undefined) schema.headers = options.headers;
  if (options.body !== undefined) schema.body = options.body;
  if (consumes !== undefined) schema.consumes = [...consumes];
  if (options.deprecation !== undefined) {
    schema.deprecated = true;
    schema["x-sunset"] = options.deprecation.sunset;
    schema["x-successor"] = options.deprecation.successor;
  }

  const config: { contentTypes?: readonly string[]; deprecation?: Deprecation } = {};
  if (consumes !== undefined) config.contentTypes = consumes;
  if (options.deprecation !== undefined) config.deprecation = options.deprecation;
  return { schema, config };
}

/** Reads the scope that {@link operation} stored in a route's schema. */
export function requiredScope(schema: unknown): RequiredScope | undefined {
  const scope = (schema as Record<string, unknown> | undefined)?.["x-required-scope"];
  return typeof scope === "string" ? (scope as RequiredScope) : undefined;
}
