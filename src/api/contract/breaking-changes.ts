/** A change to an OpenAPI document that can break an existing v1 client. */
export interface BreakingChange {
  kind:
    | "path-removed"
    | "operation-removed"
    | "response-removed"
    | "response-field-removed"
    | "enum-value-removed"
    | "required-request-field-added"
    | "required-parameter-added";
  /** Location in the document: the operation and the schema path. */
  location: string;
  message: string;
}

type Json = Record<string, unknown>;

const methods = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

/**
 * Lists the changes from `previous` to `current` that break v1 clients: removed paths,
 * operations or success responses, removed response fields, removed enum values in requests
 * or responses, and new required request fields or parameters. Additions that clients can
 * ignore are not listed. Local `$ref`s are followed in each document.
 *
 * @example
 * findBreakingChanges(committed, generated).map((change) => change.message);
 * // ['GET /v1/runs/{runId}: response field "run.pack" was removed']
 */
export function findBreakingChanges(previous: Json, current: Json): BreakingChange[] {
  const changes: BreakingChange[] = [];
  const previousPaths = (previous.paths ?? {}) as Record<string, Json>;
  const currentPaths = (current.paths ?? {}) as Record<string, Json>;

  for (const [path, previousItem] of Object.entries(previousPaths)) {
    const currentItem = currentPaths[path];
    if (currentItem === undefined) {
      changes.push({ kind: "path-removed", location: path, message: `path ${path} was removed` });
      continue;
    }
    for (const method of methods.filter((name) => previousItem[name] !== undefined)) {
      const where = `${method.toUpperCase()} ${path}`;
      const currentOperation = currentItem[method] as Json | undefined;
      if (currentOperation === undefined) {
        changes.push({
          kind: "operation-removed",
          location: where,
          message: `${where} was removed`,
        });
        continue;
      }
      const docs = { previous, current };
      compareParameters(docs, where, previousItem[method] as Json, currentOperation, changes);
      compareRequestBody(docs, where, previousItem[method] as Json, currentOperation, changes);
      compareResponses(docs, where, previousItem[method] as Json, currentOperation, changes);
    }
  }
  return changes;
}

interface Documents {
  previous: Json;
  current: Json;
}

function compareParameters(
  docs: Documents,
  where: string,
  before: Json,
  after: Json,
  changes: BreakingChange[],
): void {
  const key = (parameter: Json) => `${String(parameter.in)}:${String(parameter.name)}`;
  const previous = new Map(
    asArray(before.parameters).map((parameter) => [key(parameter), parameter]),
  );
  for (const parameter of asArray(after.parameters)) {
    const old = previous.get(key(parameter));
    if (parameter.required === true && old?.required !== true) {
      changes.push({
        kind: "required-parameter-added",
        location: `${where} ${key(parameter)}`,
        message: `${where}: ${String(parameter.in)} parameter "${String(parameter.name)}" is now required`,
      });
    }
    if (old !== undefined) {
      walkSchemas(
        docs,
        `${where} ${key(parameter)}`,
        old.schema,
        parameter.schema,
        "request",
        changes,
      );
    }
  }
}

function compareRequestBody(
  docs: Documents,
  where: string,
  before: Json,
  after: Json,
  changes: BreakingChange[],
): void {
  const previous = before.requestBody as Json | undefined;
  const current = after.requestBody as Json | undefined;
  if (current === undefined) {
    return;
  }
  if (previous === undefined) {
    if (current.required === true) {
      changes.push({
        kind: "required-request-field-added",
        location: `${where} body`,
        message: `${where}: a request body is now required`,
      });
    }
    return;
  }
  for (const [mediaType, media] of Object.entries(
    (current.content ?? {}) as Record<string, Json>,
  )) {
    const old = ((previous.content ?? {}) as Record<string, Json>)[mediaType];
    if (old !== undefined) {
      walkSchemas(docs, `${where} body`, old.schema, media.schema, "request", changes);
    }
  }
}

function compareResponses(
  docs: Documents,
  where: string,
  before: Json,
  after: Json,
  changes: BreakingChange[],
): void {
  const previous = (before.responses ?? {}) as Record<string, Json>;
  const current = (after.responses ?? {}) as Record<string, Json>;
  for (const [status, response] of Object.entries(previous)) {
    const now = current[status];
    if (now === undefined) {
      if (status.startsWith("2")) {
        changes.push({
          kind: "response-removed",
          location: `${where} ${status}`,
          message: `${where}: response ${status} was removed`,
        });
      }
      continue;
    }
    for (const [mediaType, media] of Object.entries(
      (response.content ?? {}) as Record<string, Json>,
    )) {
      const currentMedia = ((now.content ?? {}) as Record<string, Json>)[mediaType];
      if (currentMedia === undefined) {
        changes.push({
          kind: "response-removed",
          location: `${where} ${status} ${mediaType}`,
          message: `${where}: response ${status} no longer offers ${mediaType}`,
        });
        continue;
      }
      walkSchemas(
        docs,
        `${where} ${status}`,
        media.schema,
        currentMedia.schema,
        "response",
        changes,
      );
    }
  }
}

/**
 * Compares two schemas at the same place. In responses a property that disappears breaks
 * readers; in requests a property that becomes required breaks writers. Enum values that
 * disappear break both.
 */
function walkSchemas(
  docs: Documents,
  location: string,
  beforeRaw: unknown,
  afterRaw: unknown,
  direction: "request" | "response",
  changes: BreakingChange[],
  seen: Set<string> = new Set(),
  field = "",
): void {
  const before = resolve(docs.previous, beforeRaw);
  const after = resolve(docs.current, afterRaw);
  if (before === undefined || after === undefined) {
    return;
  }
  const pairKey = `${refOf(beforeRaw)}|${refOf(afterRaw)}|${direction}`;
  if (refOf(beforeRaw) !== "" && seen.has(pairKey)) {
    return;
  }
  seen.add(pairKey);
  const label = field === "" ? "the body" : `"${field}"`;

  const removedValues = [...enumValues(docs.previous, before)].filter((value) => {
    const now = enumValues(docs.current, after);
    return now.size > 0 && !now.has(value);
  });
  for (const value of removedValues) {
    changes.push({
      kind: "enum-value-removed",
      location: `${location} ${field}`,
      message: `${location}: enum value ${value} of ${label} was removed`,
    });
  }

  const beforeProperties = (before.properties ?? {}) as Json;
  const afterProperties = (after.properties ?? {}) as Json;
  if (direction === "response") {
    for (const name of Object.keys(beforeProperties).filter((name) => !(name in afterProperties))) {
      const path = joinField(field, name);
      changes.push({
        kind: "response-field-removed",
        location: `${location} ${path}`,
        message: `${location}: response field "${path}" was removed`,
      });
    }
  } else {
    const wasRequired = new Set(asStrings(before.required));
    for (const name of asStrings(after.required).filter((name) => !wasRequired.has(name))) {
      const path = joinField(field, name);
      changes.push({
        kind: "required-request-field-added",
        location: `${location} ${path}`,
        message: `${location}: request field "${path}" is now required`,
      });
    }
  }

  for (const name of Object.keys(beforeProperties).filter((name) => name in afterProperties)) {
    walkSchemas(
      docs,
      location,
      beforeProperties[name],
      afterProperties[name],
      direction,
      changes,
      seen,
      joinField(field, name),
    );
  }
  walkSchemas(docs, location, before.items, after.items, direction, changes, seen, `${field}[]`);
  for (const keyword of ["anyOf", "oneOf", "allOf"]) {
    const beforeMembers = asArray(before[keyword]);
    const afterMembers = asArray(after[keyword]);
    if (beforeMembers.length === afterMembers.length) {
      beforeMembers.forEach((member, index) => {
        walkSchemas(docs, location, member, afterMembers[index], direction, changes, seen, field);
      });
    }
  }
}

/** Collects the allowed values of an enumeration-like schema: `enum`, `const`, or a union of them. */
function enumValues(document: Json, schema: Json): Set<string> {
  const values = new Set<string>();
  for (const value of asUnknowns(schema.enum)) values.add(JSON.stringify(value));
  if ("const" in schema) values.add(JSON.stringify(schema.const));
  const members = [...asArray(schema.anyOf), ...asArray(schema.oneOf)].map((member) =>
    resolve(document, member),
  );
  if (
    members.length > 0 &&
    members.every(
      (member) => member !== undefined && ("const" in member || Array.isArray(member.enum)),
    )
  ) {
    for (const member of members) {
      for (const value of enumValues(document, member as Json)) values.add(value);
    }
  }
  return values;
}

function resolve(document: Json, schema: unknown): Json | undefined {
  let current = schema;
  for (
    let depth = 0;
    depth < 20 && isObject(current) && typeof current.$ref === "string";
    depth++
  ) {
    current = pointer(document, current.$ref);
  }
  return isObject(current) ? current : undefined;
}

function pointer(document: Json, ref: string): unknown {
  if (!ref.startsWith("#/")) {
    return undefined;
  }
  let current: unknown = document;
  for (const segment of ref.slice(2).split("/")) {
    const key = segment.replaceAll("~1", "/").replaceAll("~0", "~");
    current = isObject(current) ? current[key] : undefined;
  }
  return current;
}

function refOf(schema: unknown): string {
  return isObject(schema) && typeof schema.$ref === "string" ? schema.$ref : "";
}

function joinField(parent: string, name: string): string {
  return parent === "" ? name : `${parent}.${name}`;
}

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function asArray(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

function asUnknowns(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function asStrings(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === "string")
    : [];
}
