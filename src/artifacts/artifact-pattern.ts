import { DspError } from "../errors.ts";
import { knownExtensions } from "./artifact-format.ts";

type Segment = { kind: "any-folders" } | { kind: "match"; regex: RegExp; placeholders: string[] };

/** A compiled artifact file pattern, with the syntax of `ArtifactContract.pattern`. */
export interface ArtifactPattern {
  source: string;
  /** Returns the placeholder values when the relative path matches, else undefined. */
  match(relativePath: string): Record<string, string> | undefined;
}

const placeholderSyntax = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

function escapeRegex(text: string): string {
  return text.replace(/[.+^$()|[\]\\]/g, "\\$&");
}

function compileSegment(segment: string, pattern: string): Segment {
  if (segment === "**") {
    return { kind: "any-folders" };
  }
  if (segment === "") {
    throw new DspError(
      "invalid_input",
      `Artifact pattern "${pattern}" has an empty segment. Separate folders with a single "/".`,
      { value: pattern },
    );
  }

  const placeholders: string[] = [];
  let regex = "";
  let last = 0;
  for (const found of segment.matchAll(placeholderSyntax)) {
    regex += literalToRegex(segment.slice(last, found.index));
    regex += "([^/]+?)";
    placeholders.push(found[1] ?? "");
    last = found.index + found[0].length;
  }
  regex += literalToRegex(segment.slice(last));
  return { kind: "match", regex: new RegExp(`^${regex}$`), placeholders };
}

/** Turns the literal part of a segment into a regex: `*` is any text, a final `.*` any known extension. */
function literalToRegex(literal: string): string {
  if (literal.endsWith(".*")) {
    const stem = literal.slice(0, -2);
    return `${escapeRegex(stem).replaceAll("*", "[^/]*")}\\.(?:${knownExtensions.join("|")})`;
  }
  return escapeRegex(literal).replaceAll("*", "[^/]*");
}

function matchSegments(
  segments: Segment[],
  parts: string[],
  values: Record<string, string>,
): boolean {
  const [head, ...tail] = segments;
  if (head === undefined) {
    return parts.length === 0;
  }
  if (head.kind === "any-folders") {
    for (let skip = 0; skip <= parts.length; skip += 1) {
      if (matchSegments(tail, parts.slice(skip), values)) {
        return true;
      }
    }
    return false;
  }

  const [part, ...rest] = parts;
  const found = part === undefined ? null : head.regex.exec(part);
  if (found === null) {
    return false;
  }
  head.placeholders.forEach((name, index) => {
    values[name] = found[index + 1] ?? "";
  });
  return matchSegments(tail, rest, values);
}

/**
 * Compiles an artifact pattern such as `** /raw-output/{scenario}/seed={seed}/host.*`
 * (without the space), whose placeholders capture folder names as partition values.
 */
export function compilePattern(pattern: string): ArtifactPattern {
  const segments = pattern.split("/").map((segment) => compileSegment(segment, pattern));

  return {
    source: pattern,
    match(relativePath) {
      const values: Record<string, string> = {};
      return matchSegments(segments, relativePath.split("/"), values) ? values : undefined;
    },
  };
}
