import { Type } from "@sinclair/typebox";
import { Timestamp } from "./identifiers.ts";
import { schemaRef } from "./schema-ref.ts";

export const tokenScopes = ["read", "simulator:write", "admin"] as const;

export const TokenScope = Type.Union(
  tokenScopes.map((scope) => Type.Literal(scope)),
  {
    $id: "TokenScope",
    description:
      "`read`: read runs, charts and jobs. `simulator:write`: create runs, upload artifacts, queue jobs. `admin`: everything, including tokens.",
  },
);

export const Token = Type.Object(
  {
    id: Type.String(),
    name: Type.String(),
    scopes: Type.Array(schemaRef(TokenScope)),
    createdAt: Timestamp,
    lastUsedAt: Type.Union([Timestamp, Type.Null()]),
    revokedAt: Type.Union([Timestamp, Type.Null()]),
  },
  { $id: "Token", additionalProperties: false },
);

export const CreateTokenBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    scopes: Type.Array(schemaRef(TokenScope), { minItems: 1, uniqueItems: true }),
  },
  { additionalProperties: false },
);

export const CreatedToken = Type.Object(
  {
    token: schemaRef(Token),
    secret: Type.String({ description: "The bearer token. It is shown once and never stored." }),
  },
  { $id: "CreatedToken", additionalProperties: false },
);

export const TokenList = Type.Object(
  { tokens: Type.Array(schemaRef(Token)) },
  { $id: "TokenList", additionalProperties: false },
);

export const TokenIdParams = Type.Object(
  { tokenId: Type.String({ pattern: "^tok_[A-Za-z0-9_-]{1,64}$" }) },
  { additionalProperties: false },
);
