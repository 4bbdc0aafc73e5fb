import pl from "nodejs-polars";

/**
 * Divides an expression by a constant with IEEE division, result Float64.
 *
 * nodejs-polars 0.25.2 divides a column by a scalar literal by multiplying with the
 * reciprocal, so `3600000 / 3600000` gives 0.9999999999999999 where pandas gives 1. A
 * divisor that is a column is divided exactly, so this broadcasts the constant into one.
 */
export function exactDivide(expr: pl.Expr, divisor: number): pl.Expr {
  const divisorColumn = expr.isNull().cast(pl.Float64).mul(pl.lit(0)).add(pl.lit(divisor));
  return expr.cast(pl.Float64).div(divisorColumn);
}
