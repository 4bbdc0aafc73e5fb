/** Decimal digits that always identify a float32 uniquely (`FLT_DECIMAL_DIG` in C). */
const float32MaxDigits = 9;

/**
 * Formats a Float64 value as the shortest decimal that parses back to the same double,
 * which is what `String(number)` returns, except that negative zero prints as `-0` so that
 * its sign bit survives a round trip. NaN and the infinities print as `String` gives them,
 * and {@link formatFloat} maps them to CSV tokens.
 *
 * Exponents follow JavaScript: magnitudes from 1e21 up print as `1e+21`, and nonzero
 * magnitudes below 1e-6 print as `1e-7`. Polars' CSV reader and `JSON.parse` read both
 * forms back exactly, so they stay as they are.
 */
export function formatFloat64(value: number): string {
  return Object.is(value, -0) ? "-0" : String(value);
}

/**
 * Formats a Float32 value as the shortest decimal `d` for which `Math.fround(Number(d))`
 * is the same float32, written with the exponent rules of {@link formatFloat64}. When two
 * decimals of that length are equally close to the value, the one with the larger magnitude
 * wins because `toExponential` rounds half away from zero. The CSV writer of nodejs-polars
 * 0.25.2 picks the even last digit instead.
 *
 * @example
 * formatFloat32(Math.fround(0.1)); // "0.1", not "0.10000000149011612"
 * formatFloat32(Math.fround(16777217)); // "16777216"
 */
export function formatFloat32(value: number): string {
  if (value === 0 || !Number.isFinite(value)) {
    return formatFloat64(value);
  }

  // If some decimal of n digits rounds to the value, one of n + 1 digits does too, so a
  // binary search over the digit count finds the shortest in four steps instead of nine.
  let low = 1;
  let high = float32MaxDigits;
  let shortest: number | undefined;
  while (low < high) {
    const middle = (low + high) >> 1;
    const candidate = shortestCandidate(value, middle);
    if (candidate === undefined) {
      low = middle + 1;
    } else {
      high = middle;
      shortest = candidate;
    }
  }

  // Nine digits always identify a float32, so the last lookup never returns undefined.
  return formatFloat64(shortest ?? shortestCandidate(value, float32MaxDigits) ?? value);
}

/**
 * Returns a decimal of `digits` significant digits that rounds to the float32 `value`, or
 * undefined. The decimals that round to `value` form an interval around it, so if one with
 * `digits` digits exists, the nearest one below or the nearest one above is in it.
 * `toExponential` gives the nearer of the two. The other one can only be in the interval
 * when it is lopsided, which happens at powers of two: there the gap to the next float32
 * below is half the gap above.
 */
function shortestCandidate(value: number, digits: number): number | undefined {
  const nearestText = value.toExponential(digits - 1);
  const nearest = Number(nearestText);
  if (Math.fround(nearest) === value) {
    return nearest;
  }
  if (!hasZeroSignificand(value)) {
    return undefined;
  }

  const other = neighborDecimal(nearestText, digits, nearest < value ? 1 : -1);
  return Math.fround(other) === value ? other : undefined;
}

const float32Scratch = new Float32Array(1);
const float32ScratchBits = new Uint32Array(float32Scratch.buffer);

/** Returns whether the 23 stored significand bits of the float32 `value` are all zero. */
function hasZeroSignificand(value: number): boolean {
  float32Scratch[0] = value;
  return ((float32ScratchBits[0] ?? 1) & 0x7fffff) === 0;
}

/**
 * Returns the decimal of `digits` significant digits next to `text` (as `toExponential`
 * writes it) in `direction`. Integer arithmetic on the digits keeps the result exact.
 */
function neighborDecimal(text: string, digits: number, direction: 1 | -1): number {
  const [mantissaText = "", exponentText = "0"] = text.split("e");
  const sign = mantissaText.startsWith("-") ? -1 : 1;
  const magnitudeDirection = sign * direction;
  let significand = Number(mantissaText.replace(/[-.]/g, ""));
  let exponent = Number(exponentText) - (digits - 1);

  significand += magnitudeDirection;
  if (significand < 10 ** (digits - 1)) {
    // Stepping down from 10…0 continues with 99…9 one decade lower.
    significand = 10 ** digits - 1;
    exponent -= 1;
  }

  return sign * Number(`${significand}e${exponent}`);
}

/**
 * Formats a float of the given dtype with {@link formatFloat32} or {@link formatFloat64}, and
 * NaN and the infinities as `NaN`, `inf` and `-inf`, the tokens that Polars' CSV reader and
 * writer use.
 */
export function formatFloat(value: number, dtype: "Float32" | "Float64"): string {
  if (Number.isNaN(value)) {
    return "NaN";
  }
  if (!Number.isFinite(value)) {
    return value > 0 ? "inf" : "-inf";
  }

  return dtype === "Float32" ? formatFloat32(value) : formatFloat64(value);
}
