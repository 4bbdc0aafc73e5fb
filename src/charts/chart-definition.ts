import type pl from "nodejs-polars";
import type { ArtifactContract, ColumnType } from "../artifacts/artifact-contract.ts";
import type { ChartInputs } from "./chart-inputs.ts";

/** One column of a chart dataset, in output order. */
export interface OutputColumn {
  name: string;
  dtype: ColumnType;
  unit?: string;
}

/**
 * How close a chart dataset must be to the legacy output. Integers and strings always
 * compare exactly. Float32 columns compare exactly after casting both sides to float32,
 * unless a column rule sets another tolerance.
 */
export interface ParityTolerance {
  /** Relative tolerance for Float64 columns, 1e-9 when absent. */
  relative?: number;
  /** Absolute tolerance for Float64 columns, 0 when absent. */
  absolute?: number;
  /** Per-column rules that replace the chart-wide ones. */
  columns?: Record<string, { relative?: number; absolute?: number; decimals?: number }>;
}

/** A chart: a stable id and version, its inputs, a Polars transform and its output schema. */
export interface ChartDefinition {
  id: string;
  /** Version that is raised whenever the output may change. It is part of the dataset hash. */
  version: number;
  title: string;
  description: string;
  /** Artifact names the transform reads. */
  inputs: string[];
  /**
   * Artifact names whose presence selects this chart for a run, `inputs` by default. When
   * they are present, every input must be present too, or the chart fails.
   */
  appliesWhen?: string[];
  schema: OutputColumn[];
  transform: (inputs: ChartInputs) => Promise<pl.DataFrame> | pl.DataFrame;
  /** A Vega-Lite spec without data. The dataset rows are injected as `data.values`. */
  vegaLite: Record<string, unknown>;
  tolerance: ParityTolerance;
}

/** The contracts and charts of one simulator. */
export interface ChartPack {
  name: string;
  version: string;
  description: string;
  contracts: ArtifactContract[];
  charts: ChartDefinition[];
  /** Folder the pack was loaded from, or undefined for a built-in pack. */
  source?: string;
}
