import type { FastifyInstance } from "fastify";

/**
 * Returns the server's OpenAPI document in a stable form: object keys sorted at every level,
 * and the wildcard artifact path parameter named `path`, since OpenAPI has no `*` parameter.
 * The same code gives the same bytes, so the committed document can be compared exactly.
 */
export function buildOpenApiDocument(app: FastifyInstance): Record<string, unknown> {
  const document = structuredClone(app.swagger()) as unknown as Record<string, unknown>;
  renameWildcard(document);
  return sortKeys(document) as Record<string, unknown>;
}

/** Serializes a document as the committed file has it: two-space indent and a final newline. */
export function formatOpenApiDocument(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

function renameWildcard(document: Record<string, unknown>): void {
  const paths = document.paths as Record<
    string,
    Record<string, { parameters?: { name: string; in: string; description?: string }[] }>
  >;
  for (const [path, item] of Object.entries(paths)) {
    if (!path.includes("{*}")) {
      continue;
    }
    delete paths[path];
    paths[path.replace("{*}", "{path}")] = item;
    for (const operation of Object.values(item)) {
      for (const parameter of operation.parameters ?? []) {
        if (parameter.in === "path" && parameter.name === "*") {
          parameter.name = "path";
        }
      }
    }
  }
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(sortKeys);
  }
  if (value === null || typeof value !== "object") {
    return value;
  }
  const entries = Object.entries(value as Record<string, unknown>).sort(([left], [right]) =>
    compareText(left, right),
  );
  return Object.fromEntries(entries.map(([key, item]) => [key, sortKeys(item)]));
}

function compareText(left: string, right: string): number {
  if (left === right) {
    return 0;
  }
  return left < right ? -1 : 1;
}
