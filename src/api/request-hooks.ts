import { randomUUID } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { DspError } from "../errors.ts";
import type { ServiceMetrics } from "../observability/metrics.ts";
import { deprecationHeaders } from "./deprecation-headers.ts";

/** Incoming request ids are kept only when they are short and plain, as log fields. */
const requestIdPattern = /^[A-Za-z0-9._:-]{1,128}$/;

/** Returns the client's `X-Request-Id` when it is usable, otherwise a new UUID. */
export function requestIdOf(request: { headers: Record<string, unknown> }): string {
  const incoming = request.headers["x-request-id"];
  return typeof incoming === "string" && requestIdPattern.test(incoming) ? incoming : randomUUID();
}

/**
 * Adds the hooks every request passes: the echoed request id, the media type check for
 * bodies, the deprecation headers, and one log line and metric sample per response.
 */
export function registerRequestHooks(app: FastifyInstance, metrics: ServiceMetrics): void {
  app.addHook("onRequest", async (request, reply) => {
    reply.header("x-request-id", request.id);
  });

  app.addHook("preParsing", async (request) => {
    requireAcceptedMediaType(request);
  });

  app.addHook("onSend", async (request, reply) => {
    const deprecation = request.routeOptions.config.deprecation;
    if (deprecation !== undefined) {
      reply.headers(deprecationHeaders(deprecation, request.params));
    }
  });

  app.addHook("onResponse", async (request, reply) => {
    const route = request.routeOptions.url ?? "unmatched";
    const seconds = reply.elapsedTime / 1000;
    metrics.observeRequest({ method: request.method, route, status: reply.statusCode }, seconds);
    logResponse(request, reply, route);
  });
}

function logResponse(request: FastifyRequest, reply: FastifyReply, route: string): void {
  const fields = {
    method: request.method,
    route,
    url: request.url,
    status: reply.statusCode,
    durationMs: Math.round(reply.elapsedTime * 1000) / 1000,
  };
  if (reply.statusCode >= 500) {
    request.log.error(fields, "request completed");
  } else {
    request.log.info(fields, "request completed");
  }
}

function requireAcceptedMediaType(request: FastifyRequest): void {
  const accepted = request.routeOptions.config.contentTypes;
  if (accepted === undefined || !hasBody(request)) {
    return;
  }
  const received =
    (request.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (accepted.includes(received)) {
    return;
  }
  throw new DspError(
    "unsupported_media_type",
    `Content-Type "${received || "(none)"}" is not accepted here. Send the body as ${accepted.join(" or ")}.`,
    { field: "content-type", value: received, expected: accepted.join(", ") },
  );
}

function hasBody(request: FastifyRequest): boolean {
  const length = request.headers["content-length"];
  return (
    request.headers["transfer-encoding"] !== undefined || (length !== undefined && length !== "0")
  );
}
