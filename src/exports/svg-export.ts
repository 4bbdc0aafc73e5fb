import type pl from "nodejs-polars";
import { type Loader, loader, logger, parse, View, Warn } from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { DspError } from "../errors.ts";
import { toVegaLiteSpec, type VegaLiteChart } from "./vega-lite-export.ts";

/**
 * Renders the chart's Vega-Lite spec with the dataset rows as an SVG document, headless:
 * Vega-Lite compiles the spec to Vega, and a Vega `View` with the `none` renderer writes
 * the SVG. No browser or canvas is involved, so text widths are Vega's estimates.
 *
 * The view loads nothing: a template that refers to data or images by URL fails instead
 * of sending requests from the server. Vega and Vega-Lite warnings are discarded.
 *
 * @throws DspError `contract_violation` when `df` lacks a schema column or has another dtype.
 * @throws DspError `unprocessable` when the template does not compile or render.
 */
export async function toSvg(df: pl.DataFrame, chart: VegaLiteChart): Promise<string> {
  const spec = toVegaLiteSpec(df, chart);
  const problems: string[] = [];
  const view = createView(spec, chart.id, problems);

  try {
    const svg = await view.toSVG().catch((error: unknown) => {
      throw renderError(chart.id, errorMessage(error), error);
    });
    if (problems.length > 0) {
      throw renderError(chart.id, problems.join(" "));
    }
    return svg;
  } finally {
    view.finalize();
  }
}

function createView(spec: Record<string, unknown>, chartId: string, problems: string[]): View {
  const log = logger(Warn, undefined, (method, _level, args) => {
    if (method === "error") {
      problems.push(args.map(String).join(" "));
    }
  });

  try {
    // The template is untyped chart data, and compile() throws on a spec it cannot compile.
    const vegaSpec = compile(spec as unknown as TopLevelSpec, { logger: log }).spec;
    const options = { renderer: "none", loader: offlineLoader(problems), logger: log } as const;
    return new View(parse(vegaSpec), options);
  } catch (error) {
    throw renderError(chartId, errorMessage(error), error);
  }
}

/** Creates a Vega loader that rejects every URL and records it, since Vega only warns on failed loads. */
function offlineLoader(problems: string[]): Loader {
  const offline = loader();
  offline.sanitize = (uri) => {
    problems.push(`it refers to "${uri}", but chart rendering loads no URLs.`);
    return Promise.reject(new Error(`loading "${uri}" is disabled`));
  };
  return offline;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function renderError(chartId: string, reason: string, cause?: unknown): DspError {
  return new DspError(
    "unprocessable",
    `The Vega-Lite template of chart "${chartId}" failed to render: ${reason}`,
    {
      field: "vegaLite",
      fix: "Fix the vegaLite template of the chart, for example in the Vega-Lite editor.",
    },
    cause === undefined ? undefined : { cause },
  );
}
