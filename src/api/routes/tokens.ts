import type { Static } from "@sinclair/typebox";
import type { FastifyInstance } from "fastify";
import { DspError } from "../../errors.ts";
import type { ApiContext } from "../api-context.ts";
import { operation } from "../operation.ts";
import { json } from "../schemas/responses.ts";
import { schemaRef } from "../schemas/schema-ref.ts";
import { CreatedToken, CreateTokenBody, TokenIdParams, TokenList } from "../schemas/tokens.ts";
import { generateTokenSecret } from "../token-secret.ts";

const tags = ["Tokens"];

/** Registers token management for admins. */
export function registerTokenRoutes(app: FastifyInstance, context: ApiContext): void {
  app.post<{ Body: Static<typeof CreateTokenBody> }>("/v1/tokens", {
    ...operation({
      operationId: "createToken",
      summary: "Create an API token",
      description:
        "Creates a token and returns its secret once; only the secret's SHA-256 is stored.",
      tags,
      scope: "admin",
      body: CreateTokenBody,
      success: { 201: json("The token and its secret.", schemaRef(CreatedToken)) },
      errors: [415],
    }),
    handler: async (request, reply) => {
      const { id, secret, secretHash } = generateTokenSecret();
      const token = await context.store.createToken({
        id,
        name: request.body.name,
        scopes: request.body.scopes,
        secretHash,
      });
      request.log.info({ tokenId: token.id, scopes: token.scopes }, "token created");
      return reply.code(201).send({ token, secret });
    },
  });

  app.get("/v1/tokens", {
    ...operation({
      operationId: "listTokens",
      summary: "List API tokens",
      tags,
      scope: "admin",
      success: { 200: json("Every token, without secrets.", schemaRef(TokenList)) },
    }),
    handler: async () => ({ tokens: await context.store.listTokens() }),
  });

  app.delete<{ Params: Static<typeof TokenIdParams> }>("/v1/tokens/:tokenId", {
    ...operation({
      operationId: "revokeToken",
      summary: "Revoke an API token",
      description: "Revokes a token; requests with it fail with 401 from then on.",
      tags,
      scope: "admin",
      params: TokenIdParams,
      success: { 204: { description: "Revoked.", type: "null" } },
      errors: [404],
    }),
    handler: async (request, reply) => {
      const tokens = await context.store.listTokens();
      const token = tokens.find((candidate) => candidate.id === request.params.tokenId);
      if (token === undefined) {
        throw new DspError(
          "not_found",
          `Token "${request.params.tokenId}" does not exist. List tokens with GET /v1/tokens.`,
          {
            field: "tokenId",
            value: request.params.tokenId,
          },
        );
      }
      await context.store.revokeToken(token.id);
      request.log.info({ tokenId: token.id }, "token revoked");
      return reply.code(204).send();
    },
  });
}
