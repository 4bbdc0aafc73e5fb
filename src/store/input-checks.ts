import { DspError } from "../errors.ts";

/**
 * Throws `DspError("invalid_input")` unless `value` is one of `allowed`. The store checks
 * enumerations itself because SQLite would report only a bare CHECK constraint failure.
 */
export function requireOneOf<T extends string>(
  field: string,
  value: string,
  allowed: readonly T[],
): asserts value is T {
  if ((allowed as readonly string[]).includes(value)) {
    return;
  }
  const expected = allowed.join(", ");
  throw new DspError(
    "invalid_input",
    `${field} is "${value}", which is not allowed. Use one of: ${expected}.`,
    { field, value, expected },
  );
}

/**
 * Throws `DspError("invalid_input")` unless `value` is an integer of at least `minimum`.
 * SQLite would otherwise store NaN as NULL and keep fractions in an INTEGER column.
 */
export function requireInteger(field: string, value: number, minimum: number): void {
  if (Number.isSafeInteger(value) && value >= minimum) {
    return;
  }
  const expected = `an integer of at least ${minimum}`;
  throw new DspError("invalid_input", `${field} is ${value}, but it must be ${expected}.`, {
    field,
    value,
    expected,
  });
}

/** Throws `DspError("invalid_input")` unless `value` is a finite number of at least 0. */
export function requireNonNegative(field: string, value: number): void {
  if (Number.isFinite(value) && value >= 0) {
    return;
  }
  const expected = "a finite number of at least 0";
  throw new DspError("invalid_input", `${field} is ${value}, but it must be ${expected}.`, {
    field,
    value,
    expected,
  });
}

/** Throws `DspError("invalid_input")` unless `value` is a non-empty string. */
export function requireText(field: string, value: string): void {
  if (typeof value === "string" && value.length > 0) {
    return;
  }
  throw new DspError(
    "invalid_input",
    `${field} is empty or not a string. Give a non-empty string.`,
    {
      field,
      value,
      expected: "a non-empty string",
    },
  );
}

/** Throws `DspError("invalid_input")` unless `value` is a date-time that `Date.parse` reads. */
export function requireTimestamp(field: string, value: string): void {
  if (typeof value === "string" && !Number.isNaN(Date.parse(value))) {
    return;
  }
  const expected = "an ISO 8601 date-time such as 2025-01-31T12:00:00.000Z";
  throw new DspError("invalid_input", `${field} is "${value}", but it must be ${expected}.`, {
    field,
    value,
    expected,
  });
}
