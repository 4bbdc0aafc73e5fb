import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import pl from "nodejs-polars";
import { opendcRuns, temporaryFolder } from "../helpers.ts";

/** Scenario folders of the OpenDC carbon demo, one per region. */
export const scenarios = ["0", "1", "2", "3"];

/** A temporary copy of (part of) the carbon demo run folder. */
export interface RunCopy {
  path: string;
  /** Returns the path of one artifact file, such as `file("1", "powerSource")`. */
  file(scenario: string, artifact: string, extension?: string): string;
  remove(): void;
}

/**
 * Copies the carbon demo's `trackr.json` and, per scenario, `powerSource.parquet` and
 * `service.parquet` into a temporary folder, and `host.parquet` (1.5 MB each) only when asked.
 * Without host files `simple_summary` fails and the other carbon charts succeed.
 */
export function copyCarbonRun(options: { host?: boolean } = {}): RunCopy {
  const folder = temporaryFolder("dsp-cli-run-");
  const source = opendcRuns.carbon.folder;
  const artifacts =
    options.host === true ? ["powerSource", "service", "host"] : ["powerSource", "service"];
  const file = (scenario: string, artifact: string, extension = "parquet") =>
    join(folder.path, "raw-output", scenario, "seed=0", `${artifact}.${extension}`);

  copyFileSync(join(source, "trackr.json"), join(folder.path, "trackr.json"));
  for (const scenario of scenarios) {
    mkdirSync(join(folder.path, "raw-output", scenario, "seed=0"), { recursive: true });
    for (const artifact of artifacts) {
      copyFileSync(
        join(source, "raw-output", scenario, "seed=0", `${artifact}.parquet`),
        file(scenario, artifact),
      );
    }
  }
  return { path: folder.path, file, remove: folder.remove };
}

/** Rewrites a Parquet file as a CSV file beside it, deletes the Parquet file and returns the CSV path. */
export function parquetToCsv(path: string): string {
  const target = path.replace(/\.parquet$/, ".csv");
  pl.readParquet(path).writeCSV(target);
  rmSync(path);
  return target;
}

/** Replaces one field of a CSV file. `row` counts data rows from 0, after the header. */
export function setCsvField(path: string, row: number, column: string, value: string): void {
  const fileLines = readFileSync(path, "utf8").split("\n");
  const index = fileLines[0]?.split(",").indexOf(column) ?? -1;
  const fields = fileLines[row + 1]?.split(",");
  if (index < 0 || fields === undefined) {
    throw new Error(`${path} has no column ${column} or no row ${row}`);
  }
  fields[index] = value;
  fileLines[row + 1] = fields.join(",");
  writeFileSync(path, fileLines.join("\n"));
}

/** Appends `text` to one data row of a CSV file. `row` counts from 0, after the header. */
export function appendToCsvRow(path: string, row: number, text: string): void {
  const fileLines = readFileSync(path, "utf8").split("\n");
  fileLines[row + 1] = `${fileLines[row + 1]}${text}`;
  writeFileSync(path, fileLines.join("\n"));
}

/** Inverts `count` bytes of a file, starting at the fraction `at` of its length. */
export function flipBytes(path: string, options: { at: number; count: number }): void {
  const bytes = readFileSync(path);
  const start = Math.floor(bytes.length * options.at);
  for (let index = start; index < start + options.count; index += 1) {
    bytes[index] = (bytes[index] ?? 0) ^ 0xff;
  }
  writeFileSync(path, bytes);
}
