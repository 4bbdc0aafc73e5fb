import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

/** The committed OpenAPI document of v1. */
export const documentFile = fileURLToPath(new URL("../../../openapi/v1.json", import.meta.url));
/** The committed reference page built from it. */
export const docsFile = fileURLToPath(new URL("../../../openapi/v1.html", import.meta.url));
const projectRoot = fileURLToPath(new URL("../../../", import.meta.url));

const run = promisify(execFile);

/**
 * Builds the self-contained reference page from a document with `redocly build-docs
 * --inlineBundle`, which embeds Redoc's scripts, so the page needs no network.
 */
export async function buildDocsPage(document: string, output: string): Promise<void> {
  await run(
    "npx",
    [
      "--no-install",
      "redocly",
      "build-docs",
      document,
      "--inlineBundle",
      "--output",
      output,
      "--title",
      "Scale-Up DSP API v1",
    ],
    {
      cwd: projectRoot,
    },
  );
}

/** Lints a document with the project's `redocly.yaml`; rejects with Redocly's output. */
export async function lintDocument(document: string): Promise<string> {
  const { stdout, stderr } = await run("npx", ["--no-install", "redocly", "lint", document], {
    cwd: projectRoot,
  });
  return `${stdout}${stderr}`;
}
