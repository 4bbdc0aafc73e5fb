import pl from "nodejs-polars";
import { exactDivide } from "../../charts/exact-divide.ts";

/**
 * Divides an integer expression by a positive integer, rounding down, as Int64. Exact while
 * the dividend stays below 2^53.
 */
export function floorDivide(expr: pl.Expr, divisor: number): pl.Expr {
  return exactDivide(expr, divisor).floor().cast(pl.Int64);
}

/**
 * Returns the remainder of a floor division by a positive integer, as Int64. nodejs-polars
 * 0.25.2's `modulo` returned 3600000 for `3600000 % 3600000`, so this subtracts instead.
 */
export function floorRemainder(expr: pl.Expr, divisor: number): pl.Expr {
  return expr.cast(pl.Int64).sub(floorDivide(expr, divisor).mul(pl.lit(divisor)).cast(pl.Int64));
}
