import type { ChartInputs } from "../../charts/chart-inputs.ts";
import { DspError } from "../../errors.ts";

/** The settings of an M3SA setup file that the charts use. */
export interface M3saSetup {
  metric: string;
  windowSize: number;
  /** Values are divided by this: 10^unit_scaling_magnitude for the magnitudes M3SA accepts, else 1. */
  scale: number;
}

const knownMagnitudes = [-9, -6, -3, 0, 1, 3, 6, 9];

function setupError(
  inputs: ChartInputs,
  field: string,
  value: unknown,
  expected: string,
): DspError {
  const file = inputs.files("m3saSetup")[0]?.path ?? "m3saSetup.json";
  return new DspError(
    "contract_violation",
    `${file} has ${field} = ${JSON.stringify(value)}, but it must be ${expected}.`,
    { file, field, value, expected },
  );
}

/** Reads the M3SA setup with the analyzer's defaults: window 1, magnitude 0. */
export function readM3saSetup(inputs: ChartInputs): M3saSetup {
  const setup = (inputs.document("m3saSetup") ?? {}) as Record<string, unknown>;
  const metric = setup.metric ?? "power_draw";
  const windowSize = setup.window_size ?? 1;
  const magnitude = setup.unit_scaling_magnitude ?? 0;

  if (typeof metric !== "string") {
    throw setupError(inputs, "metric", metric, "a host column name such as power_draw");
  }
  if (typeof windowSize !== "number" || !Number.isInteger(windowSize) || windowSize < 1) {
    throw setupError(inputs, "window_size", windowSize, "a positive integer");
  }
  if (typeof magnitude !== "number") {
    throw setupError(inputs, "unit_scaling_magnitude", magnitude, "a number");
  }
  return { metric, windowSize, scale: knownMagnitudes.includes(magnitude) ? 10 ** magnitude : 1 };
}
