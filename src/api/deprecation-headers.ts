import type { Deprecation } from "./operation.ts";

/**
 * Builds the headers of a deprecated operation: `Deprecation` as an RFC 9745 structured
 * date (`@` and epoch seconds), `Sunset` as an RFC 8594 HTTP date, and a `Link` to the
 * successor with the request's path parameters filled in.
 *
 * @example
 * deprecationHeaders(
 *   { since: "2026-01-01T00:00:00Z", sunset: "2026-07-01T00:00:00Z", successor: "/v1/runs/{runId}" },
 *   { runId: "r1" },
 * );
 * // { deprecation: "@1767225600", sunset: "Wed, 01 Jul 2026 00:00:00 GMT",
 * //   link: '</v1/runs/r1>; rel="successor-version"' }
 */
export function deprecationHeaders(
  deprecation: Deprecation,
  params: unknown,
): Record<string, string> {
  const since = Math.floor(Date.parse(deprecation.since) / 1000);
  const values = (params ?? {}) as Record<string, unknown>;
  const successor = deprecation.successor.replace(/\{([^}]+)\}/g, (_match, name: string) =>
    encodeURIComponent(String(values[name] ?? "")),
  );
  return {
    deprecation: `@${since}`,
    sunset: new Date(deprecation.sunset).toUTCString(),
    link: `<${successor}>; rel="successor-version"`,
  };
}
