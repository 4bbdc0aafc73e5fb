import type { DspClient } from "../../../sdk/index.ts";
import {
  type DatasetFormat,
  fetchDataset,
  fetchRender,
  type ImageFormat,
} from "../dashboard-api.ts";
import { button, element } from "../dom.ts";
import { saveBlob } from "../save-blob.ts";

const datasetFormats: { format: DatasetFormat; label: string; extension: string }[] = [
  { format: "csv", label: "CSV", extension: "csv" },
  { format: "json", label: "JSON", extension: "json" },
  { format: "parquet", label: "Parquet", extension: "parquet" },
  { format: "arrow", label: "Arrow", extension: "arrow" },
];
const imageFormats: { format: ImageFormat; label: string }[] = [
  { format: "svg", label: "SVG" },
  { format: "png", label: "PNG" },
];

/** Options of {@link exportButtons}. */
export interface ExportButtonsOptions {
  client: DspClient;
  runId: string;
  chartId: string;
  /** Shows a failed download to the user. */
  onError: (error: unknown) => void;
}

/**
 * Creates one download button per export format: the dataset as CSV, JSON, Parquet or Arrow
 * IPC, and the chart as SVG or PNG rendered by the server.
 */
export function exportButtons(options: ExportButtonsOptions): HTMLElement {
  const { client, runId, chartId } = options;
  const base = `${runId}-${chartId}`;

  const download = (load: () => Promise<Blob>, fileName: string) => async (event: MouseEvent) => {
    const target = event.currentTarget as HTMLButtonElement;
    target.disabled = true;
    try {
      saveBlob(await load(), fileName);
    } catch (error) {
      options.onError(error);
    } finally {
      target.disabled = false;
    }
  };

  const buttons = [
    ...datasetFormats.map(({ format, label, extension }) =>
      button(
        label,
        download(() => fetchDataset(client, runId, chartId, format), `${base}.${extension}`),
        {
          "data-export": format,
        },
      ),
    ),
    ...imageFormats.map(({ format, label }) =>
      button(
        label,
        download(() => fetchRender(client, runId, chartId, format), `${base}.${format}`),
        {
          "data-export": format,
        },
      ),
    ),
  ];
  return element(
    "div",
    { class: "export-buttons", role: "group", "aria-label": "Export" },
    ...buttons,
  );
}
