import { type Static, type TSchema, type TUnsafe, Type } from "@sinclair/typebox";

/**
 * References a shared schema by its `$id`, typed as the schema itself. The server registers
 * every shared schema with `addSchema`, so the OpenAPI document lists it once under
 * `components.schemas`.
 */
export function schemaRef<T extends TSchema>(schema: T): TUnsafe<Static<T>> {
  if (schema.$id === undefined) {
    throw new TypeError("schemaRef needs a schema with an $id, but this schema has none.");
  }
  return Type.Unsafe<Static<T>>(Type.Ref(schema.$id));
}
