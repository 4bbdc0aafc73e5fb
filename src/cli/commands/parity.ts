import { DspError } from "../../errors.ts";
import { checkRunParity } from "../../parity/check-run-parity.ts";
import { formatParityJunit, formatParityText } from "../../parity/format-parity.ts";
import { openStore } from "../../store/open-store.ts";
import type { CliCommand } from "../cli-command.ts";
import {
  parseOptions,
  rejectExtraPositionals,
  requirePositional,
  usageError,
} from "../parse-options.ts";
import { requireRun } from "../require-run.ts";

const usage = `Usage: dsp parity <run-id> --legacy <folder> [--format text|json|junit]

Compares each chart of a run with the legacy output file of the same id (<chart-id>.csv,
.parquet or .json) under the chart's tolerance. Exits 0 only if every chart passes.
  --legacy   folder with the legacy outputs
  --format   report format (default: text)`;

const formats = ["text", "json", "junit"];

export const parityCommand: CliCommand = {
  name: "parity",
  summary: "Compare a run's charts with legacy outputs",
  usage,
  async run(context) {
    const { values, positionals } = parseOptions(
      context.argv,
      { legacy: { type: "string" }, format: { type: "string", default: "text" } },
      usage,
    );
    const runId = requirePositional(positionals, 0, "run id", usage);
    rejectExtraPositionals(positionals, 1, usage);
    if (values.legacy === undefined) {
      throw usageError("Missing --legacy <folder>.", usage, { field: "legacy" });
    }
    if (!formats.includes(values.format)) {
      throw new DspError(
        "invalid_input",
        `Unknown report format "${values.format}". Use one of: ${formats.join(", ")}.`,
        { field: "format", value: values.format },
      );
    }

    const store = await openStore(context.env.DSP_STORE_URL);
    try {
      const run = await requireRun(store, runId);
      const reports = await checkRunParity(store, run, values.legacy);
      const text =
        values.format === "json"
          ? JSON.stringify(reports, null, 2)
          : values.format === "junit"
            ? formatParityJunit(reports, runId)
            : formatParityText(reports);
      context.stdout.write(`${text}\n`);
      return reports.length > 0 && reports.every((report) => report.passed) ? 0 : 1;
    } finally {
      await store.close();
    }
  },
};
