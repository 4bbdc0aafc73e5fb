/**
 * `npm run openapi`: writes openapi/v1.json from the code and builds openapi/v1.html from it.
 */
import { writeFile } from "node:fs/promises";
import { buildDocsPage, docsFile, documentFile } from "./document-files.ts";
import { generateOpenApiDocument } from "./generate-document.ts";
import { formatOpenApiDocument } from "./openapi-document.ts";

const document = await generateOpenApiDocument();
await writeFile(documentFile, formatOpenApiDocument(document));
await buildDocsPage(documentFile, docsFile);
process.stdout.write(`Wrote ${documentFile} and ${docsFile}.\n`);
