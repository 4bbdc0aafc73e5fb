import type { ChartComparison } from "../dashboard-api.ts";
import { element } from "../dom.ts";

type AlignedRow = ChartComparison["rows"][number];
type Cell = string | number | boolean | null | undefined;

/** Maximum rows the table lists, so comparing thousands of rows stays responsive. */
export const maxAlignedRows = 200;

function formatCell(value: Cell): string {
  return value === null || value === undefined ? "missing" : String(value);
}

/** Returns a row's largest absolute difference to the baseline in `column`, 0 when none. */
function rowDifference(row: AlignedRow, column: string): number {
  const differences = row.differences[column] ?? [];
  let max = 0;
  for (const difference of differences) {
    if (typeof difference === "number" && Number.isFinite(difference)) {
      max = Math.max(max, Math.abs(difference));
    }
  }
  return max;
}

function alignedRow(comparison: ChartComparison, row: AlignedRow, column: string) {
  const values = row.values[column] ?? [];
  const differences = row.differences[column] ?? [];
  const keyCells = comparison.keyColumns.map((key) => element("td", {}, formatCell(row.key[key])));
  const valueCells = comparison.runs.map((_run, index) =>
    element("td", { class: "value" }, formatCell(values[index])),
  );
  const differenceCells = comparison.runs.slice(1).map((_run, offset) => {
    const difference = differences[offset + 1];
    return element(
      "td",
      { class: "difference", "data-difference": formatCell(difference) },
      formatCell(difference),
    );
  });
  return element("tr", {}, ...keyCells, ...valueCells, ...differenceCells);
}

/**
 * Creates the table of aligned rows for one value column: the key columns, the value of every
 * run and each run's difference to the first run. It lists at most {@link maxAlignedRows}
 * rows, the rows with the largest absolute difference first and otherwise in API order.
 */
export function alignedRowsTable(comparison: ChartComparison, column: string): HTMLElement {
  const [baseline, ...others] = comparison.runs;
  const visibleRows = comparison.rows
    .map((row, index) => ({ row, index, difference: rowDifference(row, column) }))
    .sort((a, b) => b.difference - a.difference || a.index - b.index)
    .slice(0, maxAlignedRows);

  const titles = [
    ...comparison.keyColumns,
    ...comparison.runs.map((run) => `${column} (${run.runId})`),
    ...others.map((run) => `Δ ${run.runId} − ${baseline?.runId ?? ""}`),
  ];
  const caption =
    visibleRows.length < comparison.rows.length
      ? `${visibleRows.length} of ${comparison.rows.length} aligned rows, largest difference first`
      : `${comparison.rows.length} aligned rows, largest difference first`;
  return element(
    "table",
    { class: "aligned-rows", "data-rows": String(comparison.rows.length) },
    element("caption", {}, caption),
    element(
      "thead",
      {},
      element("tr", {}, ...titles.map((title) => element("th", { scope: "col" }, title))),
    ),
    element("tbody", {}, ...visibleRows.map(({ row }) => alignedRow(comparison, row, column))),
  );
}
