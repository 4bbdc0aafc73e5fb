/**
 * Generates `sdk/schema.d.ts` from `openapi/v1.json` with openapi-typescript. With `--check`
 * it writes nothing and fails when the committed file differs from what it would write.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

const documentUrl = new URL("../openapi/v1.json", import.meta.url);
const outputFile = fileURLToPath(new URL("../sdk/schema.d.ts", import.meta.url));
const header = "// Generated from openapi/v1.json by `npm run sdk`. Do not edit.\n\n";

const ast = await openapiTS(JSON.parse(readFileSync(documentUrl, "utf8")));
const generated = header + astToString(ast);

if (process.argv.includes("--check")) {
  const committed = readFileSync(outputFile, "utf8");
  if (committed !== generated) {
    process.stderr.write(
      "sdk/schema.d.ts is stale against openapi/v1.json. Run `npm run sdk` and commit the result.\n",
    );
    process.exitCode = 1;
  } else {
    process.stdout.write("sdk/schema.d.ts is current.\n");
  }
} else {
  writeFileSync(outputFile, generated);
  process.stdout.write(`wrote ${outputFile}\n`);
}
