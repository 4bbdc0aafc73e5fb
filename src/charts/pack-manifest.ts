import { DspError } from "../errors.ts";

/** One problem in a pack manifest: where it is and what is wrong. */
export interface ManifestIssue {
  path: string;
  message: string;
  received?: unknown;
}

const columnTypes = [
  "Int8",
  "Int16",
  "Int32",
  "Int64",
  "UInt8",
  "UInt16",
  "UInt32",
  "UInt64",
  "Float32",
  "Float64",
  "String",
  "Boolean",
];
const formats = ["parquet", "csv", "ndjson", "arrow", "json"];

function describe(value: unknown): string {
  return value === undefined ? "nothing" : JSON.stringify(value);
}

/** Collects issues while walking a parsed manifest, so one run reports every problem. */
class IssueList {
  readonly issues: ManifestIssue[] = [];

  expect(condition: boolean, path: string, message: string, received: unknown): boolean {
    if (!condition) {
      this.issues.push({ path, message, received });
    }
    return condition;
  }

  string(value: unknown, path: string): boolean {
    return this.expect(
      typeof value === "string" && value.length > 0,
      path,
      "must be a non-empty string",
      value,
    );
  }

  stringArray(value: unknown, path: string): boolean {
    return this.expect(
      Array.isArray(value) && value.every((item) => typeof item === "string"),
      path,
      "must be an array of strings",
      value,
    );
  }
}

function checkColumns(issues: IssueList, columns: unknown, path: string): void {
  if (
    !issues.expect(
      Array.isArray(columns),
      path,
      "must be an array of { name, dtype } objects",
      columns,
    )
  ) {
    return;
  }
  (columns as Record<string, unknown>[]).forEach((column, index) => {
    issues.string(column?.name, `${path}[${index}].name`);
    issues.expect(
      columnTypes.includes(String(column?.dtype)),
      `${path}[${index}].dtype`,
      `must be one of ${columnTypes.join(", ")}`,
      column?.dtype,
    );
  });
}

function checkContract(issues: IssueList, contract: Record<string, unknown>, path: string): void {
  issues.string(contract.name, `${path}.name`);
  issues.string(contract.pattern, `${path}.pattern`);
  issues.expect(
    formats.includes(String(contract.format)),
    `${path}.format`,
    `must be one of ${formats.join(", ")}`,
    contract.format,
  );
  issues.expect(
    contract.kind === "table" || contract.kind === "document",
    `${path}.kind`,
    'must be "table" or "document"',
    contract.kind,
  );
  if (contract.columns !== undefined) {
    checkColumns(issues, contract.columns, `${path}.columns`);
  }
}

function checkChart(issues: IssueList, chart: Record<string, unknown>, path: string): void {
  issues.expect(
    typeof chart.id === "string" && /^[a-z][a-z0-9_]*$/.test(chart.id),
    `${path}.id`,
    "must be a lowercase identifier such as power_by_host",
    chart.id,
  );
  issues.expect(
    Number.isInteger(chart.version) && Number(chart.version) >= 1,
    `${path}.version`,
    "must be a positive integer",
    chart.version,
  );
  issues.string(chart.title, `${path}.title`);
  issues.string(chart.sql, `${path}.sql`);
  issues.stringArray(chart.inputs, `${path}.inputs`);
  checkColumns(issues, chart.schema, `${path}.schema`);
  issues.expect(
    chart.vegaLite === undefined || (typeof chart.vegaLite === "object" && chart.vegaLite !== null),
    `${path}.vegaLite`,
    "must be a Vega-Lite spec object",
    chart.vegaLite,
  );
}

/**
 * Checks a parsed `pack.json` and throws one error listing every issue, each with its JSON
 * path and the value found.
 */
export function checkManifest(manifest: unknown, file: string): void {
  const issues = new IssueList();
  const root = (manifest ?? {}) as Record<string, unknown>;
  issues.expect(
    typeof manifest === "object" && manifest !== null && !Array.isArray(manifest),
    "$",
    "must be a JSON object",
    manifest,
  );
  issues.string(root.name, "$.name");
  issues.string(root.version, "$.version");

  if (
    root.contracts !== undefined &&
    issues.expect(Array.isArray(root.contracts), "$.contracts", "must be an array", root.contracts)
  ) {
    for (const [index, contract] of (root.contracts as Record<string, unknown>[]).entries()) {
      checkContract(issues, contract ?? {}, `$.contracts[${index}]`);
    }
  }
  if (
    root.charts !== undefined &&
    issues.expect(Array.isArray(root.charts), "$.charts", "must be an array", root.charts)
  ) {
    for (const [index, chart] of (root.charts as Record<string, unknown>[]).entries()) {
      checkChart(issues, chart ?? {}, `$.charts[${index}]`);
    }
  }
  if (root.modules !== undefined) {
    issues.stringArray(root.modules, "$.modules");
  }

  if (issues.issues.length > 0) {
    const lines = issues.issues.map(
      (issue) => `  ${issue.path} ${issue.message} (found ${describe(issue.received)})`,
    );
    throw new DspError("invalid_input", `Pack manifest ${file} is invalid:\n${lines.join("\n")}`, {
      file,
      value: issues.issues,
    });
  }
}
