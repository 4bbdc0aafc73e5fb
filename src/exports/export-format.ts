import { version as vegaLiteVersion } from "vega-lite";
import { DspError } from "../errors.ts";

const vegaLiteMajor = vegaLiteVersion.split(".")[0];

/** Media type, file extension and body kind of one export format. */
export interface ExportFormatInfo {
  mediaType: string;
  /** File name extension with its leading dot. */
  extension: string;
  /** Whether the body is bytes (`Uint8Array`) rather than UTF-8 text (`string`). */
  binary: boolean;
}

/**
 * The formats a chart dataset exports to. The Vega-Lite media type and `$schema` follow the
 * major version of the installed `vega-lite` package, which compiles the SVG and PNG output.
 */
export const exportFormats = {
  csv: { mediaType: "text/csv", extension: ".csv", binary: false },
  json: { mediaType: "application/json", extension: ".json", binary: false },
  parquet: { mediaType: "application/vnd.apache.parquet", extension: ".parquet", binary: true },
  arrow: { mediaType: "application/vnd.apache.arrow.file", extension: ".arrow", binary: true },
  "vega-lite": {
    mediaType: `application/vnd.vegalite.v${vegaLiteMajor}+json`,
    extension: ".vl.json",
    binary: false,
  },
  svg: { mediaType: "image/svg+xml", extension: ".svg", binary: false },
  png: { mediaType: "image/png", extension: ".png", binary: true },
} as const satisfies Record<string, ExportFormatInfo>;

/** Name of an export format: `csv`, `json`, `parquet`, `arrow`, `vega-lite`, `svg` or `png`. */
export type ExportFormat = keyof typeof exportFormats;

/** The `$schema` URL of Vega-Lite specs written by the `vega-lite` export. */
export const vegaLiteSchemaUrl = `https://vega.github.io/schema/vega-lite/v${vegaLiteMajor}.json`;

/** Returns whether `value` names an export format. */
export function isExportFormat(value: string): value is ExportFormat {
  return Object.hasOwn(exportFormats, value);
}

/**
 * Checks that `value` names an export format and returns it.
 *
 * @throws DspError `invalid_input` naming the value and the accepted formats.
 */
export function parseExportFormat(value: string): ExportFormat {
  if (isExportFormat(value)) {
    return value;
  }

  const accepted = Object.keys(exportFormats).join(", ");
  throw new DspError("invalid_input", `Unknown export format "${value}": use one of ${accepted}.`, {
    field: "format",
    value,
    expected: accepted,
    fix: `Request one of: ${accepted}.`,
  });
}
