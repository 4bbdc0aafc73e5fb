import pl from "nodejs-polars";
import { typeName } from "../artifacts/polars-types.ts";
import type { ChartDefinition, OutputColumn } from "../charts/chart-definition.ts";
import { columnRule } from "./compare-columns.ts";
import type {
  ColumnComparison,
  ParityReport,
  RowDifference,
  SchemaDifference,
} from "./parity-report.ts";

const shownDifferences = 5;

function schemaDifferences(
  chart: ChartDefinition,
  dataset: pl.DataFrame,
  legacy: pl.DataFrame,
): SchemaDifference[] {
  const differences: SchemaDifference[] = [];
  for (const column of chart.schema) {
    if (!legacy.columns.includes(column.name)) {
      differences.push({
        column: column.name,
        issue: "missing_in_legacy",
        expected: column.dtype,
        found: "no column",
      });
    }
    const found = dataset.schema[column.name];
    if (found !== undefined && typeName(found) !== column.dtype) {
      differences.push({
        column: column.name,
        issue: "unreadable_as_dtype",
        expected: column.dtype,
        found: `dataset has ${typeName(found)}`,
      });
    }
  }
  for (const name of legacy.columns) {
    if (!chart.schema.some((column) => column.name === name)) {
      differences.push({
        column: name,
        issue: "extra_in_legacy",
        expected: "no column",
        found: typeName(legacy.getColumn(name).dtype),
      });
    }
  }
  return differences;
}

/** Puts both sides side by side on row position: `<column>` from the dataset, `<column>__legacy` from the legacy file. */
function sideBySide(
  dataset: pl.DataFrame,
  legacy: pl.DataFrame,
  columns: OutputColumn[],
): pl.DataFrame {
  const rows = Math.min(dataset.height, legacy.height);
  const left = dataset.head(rows).select(...columns.map((column) => column.name));
  const right = legacy
    .head(rows)
    .select(...columns.map((column) => pl.col(column.name).alias(`${column.name}__legacy`)));
  return pl.concat([left.withRowIndex("__row"), right], { how: "horizontal" });
}

function asNumber(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

function compareColumns(
  chart: ChartDefinition,
  joined: pl.DataFrame,
  columns: OutputColumn[],
): { comparisons: ColumnComparison[]; differences: RowDifference[] } {
  const comparisons: ColumnComparison[] = [];
  const differences: RowDifference[] = [];

  for (const column of columns) {
    const rule = columnRule(
      column,
      chart.tolerance,
      pl.col(column.name),
      pl.col(`${column.name}__legacy`),
    );
    const measures = [rule.mismatch.sum().alias("mismatches")];
    if (rule.absoluteError !== null && rule.relativeError !== null) {
      measures.push(
        rule.absoluteError.max().alias("abs"),
        rule.relativeError.filter(rule.relativeError.isFinite()).max().alias("rel"),
      );
    }
    const [summary] = joined.select(...measures).toRecords() as Record<string, unknown>[];
    comparisons.push({
      name: column.name,
      dtype: column.dtype,
      rule: rule.rule,
      mismatches: Number(summary?.mismatches ?? 0),
      maxAbsoluteError: asNumber(summary?.abs),
      maxRelativeError: asNumber(summary?.rel),
    });

    const failing = joined
      .filter(rule.mismatch)
      .head(shownDifferences)
      .select(
        pl.col("__row").alias("row"),
        pl.col(column.name).cast(pl.String).alias("dataset"),
        pl.col(`${column.name}__legacy`).cast(pl.String).alias("legacy"),
      );
    for (const record of failing.toRecords() as {
      row: number;
      dataset: string | null;
      legacy: string | null;
    }[]) {
      differences.push({
        row: Number(record.row),
        column: column.name,
        dataset: record.dataset,
        legacy: record.legacy,
      });
    }
  }
  return {
    comparisons,
    differences: differences.sort((a, b) => a.row - b.row).slice(0, shownDifferences),
  };
}

/**
 * Compares a chart dataset with a legacy output row by row, under the chart's tolerance. It
 * passes only with the same columns, the same row count and no value outside the tolerance.
 */
export function compareDataset(
  chart: ChartDefinition,
  dataset: pl.DataFrame,
  legacy: pl.DataFrame,
  legacyPath: string,
): ParityReport {
  const schema = schemaDifferences(chart, dataset, legacy);
  const common = chart.schema.filter(
    (column) => legacy.columns.includes(column.name) && dataset.columns.includes(column.name),
  );
  const { comparisons, differences } = compareColumns(
    chart,
    sideBySide(dataset, legacy, common),
    common,
  );

  const passed =
    schema.length === 0 &&
    dataset.height === legacy.height &&
    comparisons.every((column) => column.mismatches === 0);
  return {
    chartId: chart.id,
    legacyPath,
    passed,
    error: null,
    rowCount: { dataset: dataset.height, legacy: legacy.height },
    schemaDifferences: schema,
    columns: comparisons,
    firstDifferences: differences,
  };
}
