import type pl from "nodejs-polars";
import { typeName } from "../artifacts/polars-types.ts";
import { DspError } from "../errors.ts";
import type { ChartDefinition } from "./chart-definition.ts";
import type { ChartInputs } from "./chart-inputs.ts";
import { hashDataset } from "./dataset-hash.ts";

/** A computed chart dataset, ready to publish. */
export interface ComputedDataset {
  frame: pl.DataFrame;
  contentHash: string;
  ipc: Uint8Array;
}

/** Throws when the transform's output lacks a schema column or has it with another type. */
function checkOutput(chart: ChartDefinition, frame: pl.DataFrame): void {
  for (const column of chart.schema) {
    const found = frame.schema[column.name];
    if (found === undefined) {
      throw new DspError(
        "unprocessable",
        `Chart ${chart.id} produced no column "${column.name}", which its schema declares as ${column.dtype}. Fix the chart's transform or its schema.`,
        {
          column: column.name,
          expected: column.dtype,
          value: frame.columns.join(", "),
        },
      );
    }
    if (typeName(found) !== column.dtype) {
      throw new DspError(
        "unprocessable",
        `Chart ${chart.id} produced column "${column.name}" as ${typeName(found)}, but its schema declares ${column.dtype}. Cast the column in the transform or change the schema.`,
        { column: column.name, value: typeName(found), expected: column.dtype },
      );
    }
  }
}

/**
 * Runs a chart's transform and returns the dataset with exactly the schema's columns, in
 * schema order, its content hash and its Arrow IPC bytes.
 */
export async function runChart(
  chart: ChartDefinition,
  inputs: ChartInputs,
): Promise<ComputedDataset> {
  const output = await chart.transform(inputs);
  checkOutput(chart, output);

  const frame = output.select(...chart.schema.map((column) => column.name)).rechunk();
  return { frame, contentHash: hashDataset(frame, chart), ipc: new Uint8Array(frame.writeIPC()) };
}

/** Returns whether a chart applies to a run with these artifacts, and which inputs are missing. */
export function chartApplicability(
  chart: ChartDefinition,
  present: Set<string>,
): { applies: boolean; missing: string[] } {
  const selectors = chart.appliesWhen ?? chart.inputs;
  const applies = selectors.every((name) => present.has(name));
  return { applies, missing: chart.inputs.filter((name) => !present.has(name)) };
}
