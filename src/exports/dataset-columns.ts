import { tableFromIPC } from "apache-arrow";
import type pl from "nodejs-polars";
import type { ColumnType } from "../artifacts/artifact-contract.ts";
import { toPolarsType, typeName } from "../artifacts/polars-types.ts";
import type { ChartDefinition } from "../charts/chart-definition.ts";
import { DspError } from "../errors.ts";

/**
 * A non-null cell as Apache Arrow reads it: `bigint` for Int64 and UInt64, `number` for the
 * other numeric types, `string` and `boolean` for the rest.
 */
export type DatasetValue = number | bigint | string | boolean;

/** One column of a chart dataset with its values in row order, where null is a missing value. */
export interface DatasetColumn {
  name: string;
  dtype: ColumnType;
  values: (DatasetValue | null)[];
}

/**
 * Returns the chart's schema columns of `df`, in schema order, checked against their
 * schema dtypes. Columns that the schema does not list are left out.
 *
 * @throws DspError `contract_violation` when a column is missing or has another dtype.
 */
export function selectSchemaColumns(
  df: pl.DataFrame,
  chart: Pick<ChartDefinition, "id" | "schema">,
): pl.DataFrame {
  const dtypes = df.schema;

  for (const column of chart.schema) {
    const found = dtypes[column.name];
    if (found === undefined) {
      throw columnError(chart.id, column.name, column.dtype, undefined);
    }
    if (!found.equals(toPolarsType(column.dtype))) {
      throw columnError(chart.id, column.name, column.dtype, typeName(found));
    }
  }

  return df.select(...chart.schema.map((column) => column.name));
}

/**
 * Reads the chart's schema columns of `df` through Arrow IPC, which keeps Int64 and UInt64
 * values exact as `bigint` where nodejs-polars' getters truncate or round them.
 */
export function readDatasetColumns(
  df: pl.DataFrame,
  chart: Pick<ChartDefinition, "id" | "schema">,
): DatasetColumn[] {
  const selected = selectSchemaColumns(df, chart).rechunk();
  const table = tableFromIPC(selected.writeIPC());

  return chart.schema.map((column, index) => {
    const vector = table.getChildAt(index);
    const values: (DatasetValue | null)[] = vector === null ? [] : Array.from(vector);
    return { name: column.name, dtype: column.dtype, values };
  });
}

function columnError(
  chartId: string,
  column: string,
  expected: ColumnType,
  found: string | undefined,
): DspError {
  const problem = found === undefined ? "is missing" : `has dtype ${found}`;
  return new DspError(
    "contract_violation",
    `Column "${column}" of the dataset of chart "${chartId}" ${problem}. The chart schema requires ${expected}.`,
    {
      column,
      value: found ?? null,
      expected,
      fix: `Make the chart transform return "${column}" as ${expected}, or change the chart schema.`,
    },
  );
}
