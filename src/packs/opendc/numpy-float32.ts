/**
 * numpy's float32 reductions, bit for bit. The legacy M3SA analyzer averages float32 arrays
 * with `np.mean`, which sums pairwise in float32 (numpy's `pairwise_sum`: blocks of up to 128
 * values summed in 8 interleaved lanes, longer arrays split in halves) and divides in float32.
 * A float64 mean rounded to float32 differs from it in the last bit for some chunks, so charts
 * that must match the analyzer exactly use these functions on the already-aggregated series.
 */

const blockSize = 128;

/** Sums float32 values in numpy's pairwise order, rounding to float32 after every addition. */
export function numpyPairwiseSum(
  values: ArrayLike<number>,
  start = 0,
  count = values.length,
): number {
  const at = (index: number): number => Math.fround(values[start + index] ?? 0);

  if (count < 8) {
    let sum = 0;
    for (let index = 0; index < count; index += 1) {
      sum = Math.fround(sum + at(index));
    }
    return sum;
  }

  if (count <= blockSize) {
    const lanes = Array.from({ length: 8 }, (_, lane) => at(lane));
    const unrolled = count - (count % 8);
    for (let index = 8; index < unrolled; index += 8) {
      for (let lane = 0; lane < 8; lane += 1) {
        lanes[lane] = Math.fround((lanes[lane] ?? 0) + at(index + lane));
      }
    }
    const [l0 = 0, l1 = 0, l2 = 0, l3 = 0, l4 = 0, l5 = 0, l6 = 0, l7 = 0] = lanes;
    const f = Math.fround;
    let sum = f(f(f(l0 + l1) + f(l2 + l3)) + f(f(l4 + l5) + f(l6 + l7)));
    for (let index = unrolled; index < count; index += 1) {
      sum = Math.fround(sum + at(index));
    }
    return sum;
  }

  let half = Math.floor(count / 2);
  half -= half % 8;
  return Math.fround(
    numpyPairwiseSum(values, start, half) + numpyPairwiseSum(values, start + half, count - half),
  );
}

/** Returns `np.mean` of a float32 array: the pairwise float32 sum divided in float32. */
export function numpyFloat32Mean(values: ArrayLike<number>): number {
  if (values.length === 0) {
    return Number.NaN;
  }
  return Math.fround(numpyPairwiseSum(values) / values.length);
}
