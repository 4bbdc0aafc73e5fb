import assert from "node:assert/strict";
import { test } from "node:test";
import { numpyFloat32Mean, numpyPairwiseSum } from "../../src/packs/opendc/numpy-float32.ts";

test("pairwise sum of fewer than 8 values adds in order", () => {
  const values = Float32Array.of(1e8, 1, -1e8, 1);
  const expected = Math.fround(Math.fround(Math.fround(1e8 + 1) - 1e8) + 1);
  assert.equal(numpyPairwiseSum(values), expected);
});

test("pairwise sum of 10 values uses 8 lanes then the rest", () => {
  const values = Float32Array.from({ length: 10 }, (_, index) => Math.fround(0.1 * (index + 1)));
  const f = Math.fround;
  const lanes = Array.from(values.slice(0, 8));
  const [a = 0, b = 0, c = 0, d = 0, e = 0, g = 0, h = 0, i = 0] = lanes;
  let expected = f(f(f(a + b) + f(c + d)) + f(f(e + g) + f(h + i)));
  expected = f(expected + (values[8] ?? 0));
  expected = f(expected + (values[9] ?? 0));
  assert.equal(numpyPairwiseSum(values), expected);
});

test("pairwise sum above 128 values splits in halves", () => {
  const values = Float32Array.from({ length: 300 }, (_, index) =>
    Math.fround(Math.sin(index) * 1000),
  );
  const halves = Math.fround(numpyPairwiseSum(values, 0, 144) + numpyPairwiseSum(values, 144, 156));
  assert.equal(numpyPairwiseSum(values), halves);
});

test("float32 mean divides in float32", () => {
  const values = Float32Array.of(24.1990414, 23.0988731, 9.17850018);
  assert.equal(numpyFloat32Mean(values), Math.fround(numpyPairwiseSum(values) / 3));
  assert.ok(Number.isNaN(numpyFloat32Mean(new Float32Array(0))));
});
