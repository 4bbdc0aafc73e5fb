import { Type } from "@sinclair/typebox";

export const Health = Type.Object(
  { status: Type.Literal("ok") },
  { $id: "Health", additionalProperties: false },
);

export const Readiness = Type.Object(
  {
    status: Type.Literal("ready"),
    store: Type.Object(
      {
        kind: Type.String(),
        reachable: Type.Boolean(),
        migrationsApplied: Type.Boolean(),
        pending: Type.Array(Type.String()),
      },
      { additionalProperties: false },
    ),
  },
  { $id: "Readiness", additionalProperties: false },
);
