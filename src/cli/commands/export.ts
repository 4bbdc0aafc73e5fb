import { writeFile } from "node:fs/promises";
import { loadStoredDataset } from "../../charts/stored-dataset.ts";
import { DspError } from "../../errors.ts";
import { exportDataset } from "../../exports/export-dataset.ts";
import { exportFormats, parseExportFormat } from "../../exports/export-format.ts";
import { openStore } from "../../store/open-store.ts";
import type { CliCommand } from "../cli-command.ts";
import { parseOptions, rejectExtraPositionals, requirePositional } from "../parse-options.ts";
import { requireRun } from "../require-run.ts";

const usage = `Usage: dsp export <run-id> <chart-id> --format ${Object.keys(exportFormats).join("|")} [--output FILE]

Writes a chart dataset, its Vega-Lite spec or a rendered image to standard output or a file.
  --format   output format (default: csv)
  --output   file to write instead of standard output`;

/** Plain reasons for the write errors a mistyped `--output` path causes. */
const writeFailures: Record<string, string> = {
  ENOENT: "its folder does not exist",
  ENOTDIR: "a part of the path is a file, not a folder",
  EISDIR: "it is a folder",
  EACCES: "permission denied",
};

async function writeOutput(path: string, content: string | Uint8Array): Promise<void> {
  try {
    await writeFile(path, content);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    const reason = writeFailures[code] ?? (error as Error).message;
    throw new DspError(
      "invalid_input",
      `Cannot write --output ${path}: ${reason}. Pass a file path in an existing, writable folder.`,
      { field: "output", value: path },
      { cause: error },
    );
  }
}

export const exportCommand: CliCommand = {
  name: "export",
  summary: "Write a chart dataset as CSV, JSON, Parquet, Arrow, Vega-Lite, SVG or PNG",
  usage,
  async run(context) {
    const { values, positionals } = parseOptions(
      context.argv,
      { format: { type: "string", default: "csv" }, output: { type: "string" } },
      usage,
    );
    const runId = requirePositional(positionals, 0, "run id", usage);
    const chartId = requirePositional(positionals, 1, "chart id", usage);
    rejectExtraPositionals(positionals, 2, usage);
    const format = parseExportFormat(values.format);
    const store = await openStore(context.env.DSP_STORE_URL);

    try {
      const run = await requireRun(store, runId);
      const { frame, chart } = await loadStoredDataset(store, run, chartId);
      const content = await exportDataset(frame, chart, format);
      if (values.output === undefined) {
        context.stdout.write(content);
      } else {
        await writeOutput(values.output, content);
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};
