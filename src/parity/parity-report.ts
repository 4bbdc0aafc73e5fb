/** One way the legacy file's columns differ from the chart's schema. */
export interface SchemaDifference {
  column: string;
  issue: "missing_in_legacy" | "extra_in_legacy" | "unreadable_as_dtype";
  expected: string;
  found: string;
}

/** Comparison of one column over the rows both sides have. */
export interface ColumnComparison {
  name: string;
  dtype: string;
  /** The rule applied, such as `exact`, `float32 exact` or `relative 1e-9`. */
  rule: string;
  mismatches: number;
  maxAbsoluteError: number | null;
  maxRelativeError: number | null;
}

export interface RowDifference {
  row: number;
  column: string;
  dataset: string | null;
  legacy: string | null;
}

/** The parity of one chart dataset against the legacy output of the same id. */
export interface ParityReport {
  chartId: string;
  legacyPath: string | null;
  passed: boolean;
  /** Reason the comparison could not run, such as a missing legacy file. */
  error: string | null;
  rowCount: { dataset: number; legacy: number | null };
  schemaDifferences: SchemaDifference[];
  columns: ColumnComparison[];
  firstDifferences: RowDifference[];
}
