import type { ParityReport } from "./parity-report.ts";

function formatNumber(value: number | null): string {
  return value === null ? "-" : value.toPrecision(3);
}

function reportLines(report: ParityReport): string[] {
  const lines = [
    `${report.passed ? "PASS" : "FAIL"}  ${report.chartId}  rows ${report.rowCount.dataset} (legacy ${report.rowCount.legacy ?? "-"})  ${report.legacyPath ?? ""}`,
  ];
  if (report.error !== null) {
    lines.push(`      ${report.error}`);
  }
  for (const difference of report.schemaDifferences) {
    lines.push(
      `      schema: column ${difference.column} ${difference.issue.replaceAll("_", " ")} (expected ${difference.expected}, found ${difference.found})`,
    );
  }
  for (const column of report.columns) {
    const marker = column.mismatches === 0 ? " " : "!";
    lines.push(
      `    ${marker} ${column.name.padEnd(28)} ${column.dtype.padEnd(8)} ${column.rule.padEnd(30)} mismatches ${column.mismatches}  max abs ${formatNumber(column.maxAbsoluteError)}  max rel ${formatNumber(column.maxRelativeError)}`,
    );
  }
  for (const row of report.firstDifferences) {
    lines.push(
      `      row ${row.row} ${row.column}: dataset ${row.dataset ?? "null"}, legacy ${row.legacy ?? "null"}`,
    );
  }
  return lines;
}

/** Formats parity reports for people: one PASS or FAIL line per chart, then per-column detail. */
export function formatParityText(reports: ParityReport[]): string {
  const passed = reports.filter((report) => report.passed).length;
  return [...reports.flatMap(reportLines), `${passed} of ${reports.length} charts pass`].join("\n");
}

function escapeXml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
}

/** Formats parity reports as JUnit XML, one test case per chart, for CI systems. */
export function formatParityJunit(reports: ParityReport[], suite: string): string {
  const failures = reports.filter((report) => !report.passed).length;
  const cases = reports.map((report) => {
    const name = `<testcase classname="parity.${escapeXml(suite)}" name="${escapeXml(report.chartId)}">`;
    if (report.passed) {
      return `  ${name}</testcase>`;
    }
    const detail = escapeXml(reportLines(report).join("\n"));
    return `  ${name}\n    <failure message="${escapeXml(report.error ?? "values differ from the legacy output")}">${detail}</failure>\n  </testcase>`;
  });
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuite name="parity.${escapeXml(suite)}" tests="${reports.length}" failures="${failures}">`,
    ...cases,
    "</testsuite>",
    "",
  ].join("\n");
}
