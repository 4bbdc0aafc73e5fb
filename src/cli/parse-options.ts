import { type ParseArgsConfig, parseArgs } from "node:util";
import { DspError, type ErrorDetails } from "../errors.ts";

type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * Returns a usage error whose message is one line: the problem, then the first line of the
 * command's usage text, such as `Usage: dsp replay <run-id> [--chart ID]...`.
 */
export function usageError(problem: string, usage: string, details: ErrorDetails = {}): DspError {
  const sentence = /[.!?]$/.test(problem) ? problem : `${problem}.`;
  const synopsis = usage.split("\n")[0] ?? "";
  return new DspError("invalid_input", `${sentence} ${synopsis}`, details);
}

/** Parses a subcommand's arguments strictly, so an unknown option or a missing value is a usage error. */
export function parseOptions<T extends Options>(argv: string[], options: T, usage: string) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    // Node's parseArgs messages may span lines, such as the hint after an ambiguous value.
    const problem = (error as Error).message.replaceAll("\n", " ");
    throw usageError(problem, usage);
  }
}

/** Returns the positional argument at `index`, or throws a usage error naming it. */
export function requirePositional(
  positionals: string[],
  index: number,
  name: string,
  usage: string,
): string {
  const value = positionals[index];
  if (value === undefined || value === "") {
    throw usageError(`Missing ${name}.`, usage, { field: name });
  }
  return value;
}

/** Throws a usage error naming the first positional argument after the first `count`. */
export function rejectExtraPositionals(positionals: string[], count: number, usage: string): void {
  const extra = positionals[count];
  if (extra !== undefined) {
    throw usageError(`Unexpected argument "${extra}".`, usage, { value: extra });
  }
}
