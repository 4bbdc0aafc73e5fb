/**
 * `npm run openapi:check`: fails when openapi/v1.json or openapi/v1.html is stale, when
 * Redocly's lint fails, or when the generated document breaks v1 against the baseline. The
 * baseline is `openapi/released/v1.json`, the v1 contract as last released to clients, or the
 * committed document at the git revision in `DSP_OPENAPI_BASELINE` when that is set.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { findBreakingChanges } from "./breaking-changes.ts";
import { buildDocsPage, docsFile, documentFile, lintDocument } from "./document-files.ts";
import { generateOpenApiDocument } from "./generate-document.ts";
import { formatOpenApiDocument } from "./openapi-document.ts";

/** The v1 contract as last released: a change may add to it, never remove from it. */
const releasedFile = join(dirname(documentFile), "released", "v1.json");

const failures: string[] = [];
const generated = formatOpenApiDocument(await generateOpenApiDocument());
const committed = await readFile(documentFile, "utf8").catch(() => "");
if (committed !== generated) {
  failures.push(`${documentFile} is stale. Run \`npm run openapi\` and commit the result.`);
}

const scratch = await mkdtemp(join(tmpdir(), "dsp-openapi-check-"));
try {
  const generatedFile = join(scratch, "v1.json");
  await writeFile(generatedFile, generated);
  await lintDocument(generatedFile).catch((error: { stdout?: string; stderr?: string }) => {
    failures.push(`redocly lint failed:\n${error.stdout ?? ""}${error.stderr ?? ""}`);
  });
  const page = join(scratch, "v1.html");
  await buildDocsPage(generatedFile, page);
  const [built, committedPage] = await Promise.all([
    readFile(page, "utf8"),
    readFile(docsFile, "utf8").catch(() => ""),
  ]);
  if (built !== committedPage) {
    failures.push(`${docsFile} is stale. Run \`npm run openapi\` and commit the result.`);
  }
} finally {
  await rm(scratch, { recursive: true, force: true });
}

const baseline = readBaseline();
const changes = findBreakingChanges(JSON.parse(baseline.text), JSON.parse(generated));
for (const change of changes) {
  failures.push(`Breaking change against ${baseline.name}: ${change.message}.`);
}

if (failures.length > 0) {
  process.stderr.write(`${failures.join("\n")}\n`);
  process.exitCode = 1;
} else {
  process.stdout.write(
    `OpenAPI v1 is current, lints clean and is compatible with ${baseline.name}.\n`,
  );
}

function readBaseline(): { name: string; text: string } {
  const revision = process.env.DSP_OPENAPI_BASELINE;
  if (revision === undefined) {
    return {
      name: relative(process.cwd(), releasedFile),
      text: readFileSync(releasedFile, "utf8"),
    };
  }

  const path = relative(process.cwd(), documentFile);
  try {
    const text = execFileSync("git", ["show", `${revision}:${path}`], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
    return { name: `${path} at ${revision}`, text };
  } catch {
    throw new Error(`DSP_OPENAPI_BASELINE=${revision} has no ${path}; set a revision that does.`);
  }
}
