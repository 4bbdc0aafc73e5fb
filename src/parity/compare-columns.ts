import pl from "nodejs-polars";
import type { OutputColumn, ParityTolerance } from "../charts/chart-definition.ts";

const defaultRelative = 1e-9;

/** Comparison rule of one column, with the expressions that measure it on a joined frame. */
export interface ColumnRule {
  rule: string;
  /** True on rows where the two sides differ beyond the rule. */
  mismatch: pl.Expr;
  absoluteError: pl.Expr | null;
  relativeError: pl.Expr | null;
}

function bothNull(left: pl.Expr, right: pl.Expr): pl.Expr {
  return left.isNull().and(right.isNull());
}

function oneNull(left: pl.Expr, right: pl.Expr): pl.Expr {
  return left.isNull().neq(right.isNull());
}

function exactRule(left: pl.Expr, right: pl.Expr, rule: string): ColumnRule {
  const differs = oneNull(left, right).or(left.neq(right).fillNull(false));
  return { rule, mismatch: differs, absoluteError: null, relativeError: null };
}

function floatRule(left: pl.Expr, right: pl.Expr, rule: string, allowed: pl.Expr): ColumnRule {
  const absoluteError = left.sub(right).abs();
  const relativeError = absoluteError.div(right.abs());
  const bothNan = left.isNan().and(right.isNan()).fillNull(false);
  const tooFar = absoluteError
    .gt(allowed)
    .fillNull(false)
    .or(left.isNan().neq(right.isNan()).fillNull(false));
  const mismatch = oneNull(left, right).or(
    tooFar.and(bothNan.not()).and(bothNull(left, right).not()),
  );
  return { rule, mismatch, absoluteError, relativeError };
}

/**
 * Returns the comparison rule of a column: integers, strings and booleans exactly; Float32
 * exactly after casting both sides to float32; Float64 within `absolute + relative * |legacy|`
 * (relative 1e-9 by default), or equal after rounding when the column sets `decimals`.
 */
export function columnRule(
  column: OutputColumn,
  tolerance: ParityTolerance,
  left: pl.Expr,
  right: pl.Expr,
): ColumnRule {
  const own = tolerance.columns?.[column.name] ?? {};
  if (own.decimals !== undefined) {
    const rounded = exactRule(
      left.round(own.decimals),
      right.round(own.decimals),
      `equal to ${own.decimals} decimals`,
    );
    return {
      ...rounded,
      absoluteError: left.sub(right).abs(),
      relativeError: left.sub(right).abs().div(right.abs()),
    };
  }

  if (column.dtype === "Float32" && own.relative === undefined && own.absolute === undefined) {
    return floatRule(left.cast(pl.Float32), right.cast(pl.Float32), "float32 exact", pl.lit(0));
  }
  if (column.dtype === "Float32" || column.dtype === "Float64") {
    const relative = own.relative ?? tolerance.relative ?? defaultRelative;
    const absolute = own.absolute ?? tolerance.absolute ?? 0;
    const allowed = pl.lit(absolute).add(right.cast(pl.Float64).abs().mul(pl.lit(relative)));
    return floatRule(
      left.cast(pl.Float64),
      right.cast(pl.Float64),
      `absolute ${absolute} + relative ${relative}`,
      allowed,
    );
  }
  return exactRule(left, right, "exact");
}
