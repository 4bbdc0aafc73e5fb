import { renderAsync } from "@resvg/resvg-js";
import type pl from "nodejs-polars";
import { toSvg } from "./svg-export.ts";
import type { VegaLiteChart } from "./vega-lite-export.ts";

/**
 * Renders the chart as a PNG image: the SVG of {@link toSvg} rasterized at its own size
 * (1 SVG pixel per PNG pixel) by resvg-js's asynchronous `renderAsync`.
 *
 * @throws DspError `contract_violation` when `df` lacks a schema column or has another dtype.
 * @throws DspError `unprocessable` when the template does not compile or render.
 */
export async function toPng(df: pl.DataFrame, chart: VegaLiteChart): Promise<Uint8Array> {
  return rasterizeSvg(await toSvg(df, chart));
}

/**
 * Rasterizes an SVG document to PNG with the fonts installed on the system.
 *
 * NOTE: resvg draws no text, and raises no error, when it finds no system fonts. The
 * runtime image must install at least one font, such as DejaVu Sans.
 */
export async function rasterizeSvg(svg: string): Promise<Uint8Array> {
  const image = await renderAsync(svg, { font: { loadSystemFonts: true } });
  return image.asPng();
}
