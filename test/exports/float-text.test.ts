import assert from "node:assert/strict";
import { describe, test } from "node:test";
import fc from "fast-check";
import pl from "nodejs-polars";
import { formatFloat, formatFloat32, formatFloat64 } from "../../src/exports/float-text.ts";

/** Counts the significant digits of a decimal such as `-1.25e-7`. */
function significantDigits(text: string): number {
  const digits = text.replace(/e.*$/, "").replace(/[-.]/g, "");
  return digits.replace(/^0+/, "").replace(/0+$/, "").length || 1;
}

function float32FromBits(bits: number): number {
  return new Float32Array(new Uint32Array([bits]).buffer)[0] ?? Number.NaN;
}

describe("formatFloat32", () => {
  test("shortest decimals of common values", () => {
    assert.equal(formatFloat32(Math.fround(0.1)), "0.1");
    assert.equal(formatFloat32(Math.fround(1 / 3)), "0.33333334");
    assert.equal(formatFloat32(Math.fround(16777217)), "16777216");
    assert.equal(formatFloat32(Math.fround(-2.5)), "-2.5");
    assert.equal(formatFloat32(Math.fround(123456.789)), "123456.79");
  });

  test("extremes use JavaScript exponent form", () => {
    assert.equal(formatFloat32(float32FromBits(0x7f7fffff)), "3.4028235e+38");
    assert.equal(formatFloat32(float32FromBits(0x00800000)), "1.1754944e-38");
    assert.equal(formatFloat32(float32FromBits(1)), "1e-45");
    assert.equal(formatFloat32(Math.fround(1e21)), "1e+21");
    assert.equal(formatFloat32(Math.fround(1e-7)), "1e-7");
    assert.equal(formatFloat32(Math.fround(1e20)), "100000000000000000000");
    assert.equal(formatFloat32(Math.fround(1e-6)), "0.000001");
  });

  test("zeros and non-finite values", () => {
    assert.equal(formatFloat32(0), "0");
    assert.equal(formatFloat32(-0), "-0");
    assert.equal(formatFloat32(Number.POSITIVE_INFINITY), "Infinity");
    assert.equal(formatFloat32(Number.NaN), "NaN");
  });

  test("powers of two rounded upward", () => {
    // The nearest 8-digit decimal lies below these values, outside their narrow lower half-gap.
    assert.equal(formatFloat32(2 ** -96), "1.2621775e-29");
    assert.equal(formatFloat32(2 ** 87), "1.5474251e+26");
    assert.equal(formatFloat32(2 ** 90), "1.2379401e+27");
  });

  test("powers of two round-trip", () => {
    for (let exponent = -149; exponent <= 127; exponent++) {
      const value = 2 ** exponent;
      const text = formatFloat32(value);
      assert.equal(Math.fround(Number(text)), value, `2^${exponent} printed as ${text}`);
    }
  });

  test("random float32 values round-trip", () => {
    fc.assert(
      fc.property(fc.float({ noNaN: true, noDefaultInfinity: true }), (value) => {
        assert.equal(Math.fround(Number(formatFloat32(value))), value);
      }),
      { numRuns: 20_000 },
    );
  });

  // The CSV writer of nodejs-polars 0.25.2 is an independent shortest-form implementation.
  // Powers of two are included because their rounding interval is narrower below than above.
  test("digit count matches the Polars CSV writer", () => {
    const bits = fc.sample(fc.integer({ min: 0, max: 0xffffffff }), { numRuns: 5000, seed: 7 });
    const powersOfTwo = Array.from({ length: 277 }, (_, index) => 2 ** (index - 149));
    const values = [...bits.map(float32FromBits), ...powersOfTwo].filter(Number.isFinite);
    const df = pl.DataFrame([pl.Series("v", values, pl.Float32)]);
    const polarsTexts = df.writeCSV().toString().trim().split("\n").slice(1);

    values.forEach((value, index) => {
      const ours = formatFloat32(value);
      const theirs = polarsTexts[index] ?? "";
      assert.equal(significantDigits(ours), significantDigits(theirs), `${ours} vs ${theirs}`);
    });
  });
});

describe("formatFloat64", () => {
  test("matches String(number)", () => {
    for (const value of [0.1, 1 / 3, 2 ** 53 + 2, 1e21, 1e-7, 123e-20, -5e-324]) {
      assert.equal(formatFloat64(value), String(value));
    }
  });

  test("keeps the sign of negative zero", () => {
    assert.equal(formatFloat64(-0), "-0");
  });
});

describe("formatFloat", () => {
  test("non-finite values as Polars tokens", () => {
    for (const dtype of ["Float32", "Float64"] as const) {
      assert.equal(formatFloat(Number.NaN, dtype), "NaN");
      assert.equal(formatFloat(Number.POSITIVE_INFINITY, dtype), "inf");
      assert.equal(formatFloat(Number.NEGATIVE_INFINITY, dtype), "-inf");
    }
  });

  test("finite values by dtype", () => {
    assert.equal(formatFloat(Math.fround(0.1), "Float32"), "0.1");
    assert.equal(formatFloat(Math.fround(0.1), "Float64"), "0.10000000149011612");
  });
});
