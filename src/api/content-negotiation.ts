import { HttpProblem } from "./http-problem.ts";
import { notAcceptableKind } from "./problem-types.ts";

interface MediaRange {
  type: string;
  quality: number;
}

/**
 * Chooses a response format: `?format=` when given, otherwise the best match of the
 * `Accept` header (RFC 9110 media ranges with `q` weights), otherwise `fallback`. Throws a
 * 406 problem naming the offered media types when `Accept` matches none of them.
 *
 * @example
 * chooseFormat({ accept: "text/csv;q=0.9, application/json", formats: { json: "application/json", csv: "text/csv" }, fallback: "json" }); // "json"
 */
export function chooseFormat<F extends string>(options: {
  query?: F | undefined;
  accept?: string | undefined;
  formats: Readonly<Record<F, string>>;
  fallback: F;
}): F {
  if (options.query !== undefined) {
    return options.query;
  }
  const ranges = parseAccept(options.accept);
  if (ranges.length === 0) {
    return options.fallback;
  }

  const offered = Object.entries(options.formats) as [F, string][];
  let best: { format: F; quality: number } | undefined;
  for (const range of ranges) {
    const match =
      range.type === "*/*" && range.quality > 0 ? [options.fallback] : matches(offered, range);
    for (const format of match) {
      if (range.quality > 0 && (best === undefined || range.quality > best.quality)) {
        best = { format, quality: range.quality };
      }
    }
  }
  if (best === undefined) {
    const types = offered.map(([, type]) => type).join(", ");
    throw new HttpProblem(
      { status: 406, ...notAcceptableKind },
      `None of the media types in Accept "${options.accept}" is available here. Accept one of: ${types}, or pass ?format=.`,
      { field: "accept", value: options.accept, expected: types },
    );
  }
  return best.format;
}

function matches<F extends string>(offered: [F, string][], range: MediaRange): F[] {
  const [rangeType, rangeSubtype] = range.type.split("/");
  return offered
    .filter(([, type]) => {
      const [mainType, subtype] = type.split("/");
      return rangeType === mainType && (rangeSubtype === "*" || rangeSubtype === subtype);
    })
    .map(([format]) => format);
}

function parseAccept(accept: string | undefined): MediaRange[] {
  if (accept === undefined || accept.trim() === "") {
    return [];
  }
  return accept.split(",").map((part) => {
    const [type = "", ...parameters] = part.split(";").map((piece) => piece.trim().toLowerCase());
    const q = parameters.find((parameter) => parameter.startsWith("q="));
    const quality = q === undefined ? 1 : Number(q.slice(2));
    return { type, quality: Number.isFinite(quality) ? quality : 0 };
  });
}
