import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { DspError } from "../errors.ts";
import type { Store, TokenRecord, TokenScope } from "../store/store.ts";
import { type RequiredScope, requiredScope } from "./operation.ts";
import { hashTokenSecret } from "./token-secret.ts";

/** Options of {@link registerAuth}. */
export interface AuthOptions {
  store: Store;
  /** When true, operations that need `read` also accept requests without a token. */
  publicReads: boolean;
}

declare module "fastify" {
  interface FastifyRequest {
    /** The token that authenticated the request, if any. */
    token?: TokenRecord;
  }
}

/** Minimum time between two `lastUsedAt` updates of one token, so reads do not all write. */
const touchIntervalMs = 60_000;

/**
 * Adds the hook that checks bearer tokens before the body is read. `admin` grants every
 * scope; `read` and `simulator:write` grant only themselves. Refuses to register a `/v1`
 * route that declares no scope, so an operation cannot be public by omission.
 */
export function registerAuth(app: FastifyInstance, options: AuthOptions): void {
  const touchedAt = new Map<string, number>();

  app.addHook("onRoute", (route) => {
    if (route.url.startsWith("/v1/") && requiredScope(route.schema) === undefined) {
      throw new TypeError(`Route ${route.method} ${route.url} declares no x-required-scope.`);
    }
  });

  app.addHook("onRequest", async (request, reply) => {
    const scope = requiredScope(request.routeOptions.schema);
    if (scope === undefined || scope === "public") {
      return;
    }
    const header = request.headers.authorization;
    if (header === undefined && scope === "read" && options.publicReads) {
      return;
    }

    const token = await authenticate(header, scope, options.store, reply);
    requireScope(token, scope, reply);
    request.token = token;
    touch(token, touchedAt, options, request);
  });
}

/** Returns whether a token with `scopes` may call an operation that requires `scope`. */
export function grantsScope(scopes: readonly TokenScope[], scope: RequiredScope): boolean {
  return scope === "public" || scopes.includes("admin") || scopes.includes(scope);
}

async function authenticate(
  header: string | undefined,
  scope: RequiredScope,
  store: Store,
  reply: FastifyReply,
): Promise<TokenRecord> {
  reply.header("www-authenticate", 'Bearer realm="dsp"');
  const secret = /^Bearer +([A-Za-z0-9._~+/-]+=*) *$/i.exec(header ?? "")?.[1];
  if (header === undefined) {
    throw unauthenticated(
      `This operation needs a bearer token with scope "${scope}". Send "Authorization: Bearer <token>"; an operator creates one with \`dsp token create --scope ${scope}\`.`,
    );
  }
  if (secret === undefined) {
    throw unauthenticated(
      'The Authorization header is not of the form "Bearer <token>". Send the token that `dsp token create` printed.',
    );
  }

  const token = await store.findTokenBySecretHash(hashTokenSecret(secret));
  if (token === undefined || token.revokedAt !== null) {
    throw unauthenticated(
      "The bearer token is unknown or revoked. Ask an operator for a valid token.",
    );
  }
  return token;
}

function requireScope(token: TokenRecord, scope: RequiredScope, reply: FastifyReply): void {
  if (grantsScope(token.scopes, scope)) {
    reply.removeHeader("www-authenticate");
    return;
  }
  reply.header(
    "www-authenticate",
    `Bearer realm="dsp", error="insufficient_scope", scope="${scope}"`,
  );
  throw new DspError(
    "forbidden",
    `Token "${token.name}" has scopes ${token.scopes.join(", ")}, but this operation needs "${scope}" (or "admin"). Use a token with that scope.`,
    { field: "scope", value: token.scopes, expected: scope },
  );
}

function unauthenticated(message: string): DspError {
  return new DspError("unauthenticated", message, { field: "authorization" });
}

function touch(
  token: TokenRecord,
  touchedAt: Map<string, number>,
  options: AuthOptions,
  request: FastifyRequest,
): void {
  const now = Date.now();
  if (now - (touchedAt.get(token.id) ?? 0) < touchIntervalMs) {
    return;
  }
  touchedAt.set(token.id, now);
  options.store.touchToken(token.id).catch((error: unknown) => {
    request.log.warn({ err: error, tokenId: token.id }, "token last-use update failed");
  });
}
