import { DspError } from "../errors.ts";

/**
 * Tag for numbers that JSON cannot represent, as canonical MongoDB Extended JSON v2 writes
 * them: `{"$numberDouble": "NaN"}`. `JSON.stringify` writes NaN and ±Infinity as `null`, -0 as `0`.
 */
const numberTag = "$numberDouble";
const taggedValues: Record<string, number> = {
  NaN: Number.NaN,
  Infinity: Number.POSITIVE_INFINITY,
  "-Infinity": Number.NEGATIVE_INFINITY,
  "-0.0": -0,
};

/**
 * Encodes a value as JSON text for a JSON column. NaN, Infinity, -Infinity and -0 are kept as
 * `{"$numberDouble": "..."}` objects so that {@link decodeJson} restores them.
 *
 * Throws `DspError("invalid_input")` naming the path for a BigInt, a circular reference or an
 * object that already has the tag's shape, because each would be lost or misread.
 *
 * @example
 * encodeJson({ maxRelativeError: Infinity }, "report");
 * // '{"maxRelativeError":{"$numberDouble":"Infinity"}}'
 */
export function encodeJson(value: unknown, field: string): string {
  return JSON.stringify(toEncodable(value, field, new Set()));
}

/** Decodes JSON text written by {@link encodeJson}, restoring the tagged numbers. */
export function decodeJson(text: string): unknown {
  return JSON.parse(text, (_key, value: unknown) => {
    const tagged = taggedNumberText(value);
    return tagged === undefined ? value : taggedValues[tagged];
  });
}

function toEncodable(value: unknown, path: string, ancestors: Set<object>): unknown {
  if (typeof value === "number") {
    return encodeNumber(value);
  }
  if (typeof value === "bigint") {
    throw invalidJson(path, `a BigInt (${value}n)`, "Convert it to a number or a string.");
  }
  if (value === null || typeof value !== "object") {
    return value;
  }
  if (hasToJson(value)) {
    return toEncodable(value.toJSON(), path, ancestors);
  }
  if (ancestors.has(value)) {
    throw invalidJson(path, "a circular reference", "Remove the cycle.");
  }

  ancestors.add(value);
  const encoded = Array.isArray(value)
    ? value.map((item, index) => toEncodable(item, `${path}[${index}]`, ancestors))
    : encodeObject(value, path, ancestors);
  ancestors.delete(value);
  return encoded;
}

function encodeNumber(value: number): unknown {
  if (Number.isNaN(value)) {
    return { [numberTag]: "NaN" };
  }
  if (!Number.isFinite(value)) {
    return { [numberTag]: value > 0 ? "Infinity" : "-Infinity" };
  }
  return Object.is(value, -0) ? { [numberTag]: "-0.0" } : value;
}

function encodeObject(value: object, path: string, ancestors: Set<object>): object {
  if (taggedNumberText(value) !== undefined) {
    throw invalidJson(
      path,
      `an object of the reserved form {"${numberTag}": ...}`,
      "Rename the key, because this form stores NaN, Infinity and -0.",
    );
  }
  const entries = Object.entries(value).map(([key, item]) => [
    key,
    toEncodable(item, `${path}.${key}`, ancestors),
  ]);
  return Object.fromEntries(entries);
}

function taggedNumberText(value: unknown): string | undefined {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return undefined;
  }
  const keys = Object.keys(value);
  const text: unknown = (value as Record<string, unknown>)[numberTag];
  if (keys.length !== 1 || typeof text !== "string" || !Object.hasOwn(taggedValues, text)) {
    return undefined;
  }
  return text;
}

function hasToJson(value: object): value is { toJSON: () => unknown } {
  return typeof (value as { toJSON?: unknown }).toJSON === "function";
}

function invalidJson(path: string, found: string, fix: string): DspError {
  return new DspError(
    "invalid_input",
    `The value at ${path} is ${found}, which JSON cannot store. ${fix}`,
    {
      field: path,
      fix,
    },
  );
}
