import { type ParseArgsConfig, parseArgs } from "node:util";
import { DspError } from "../errors.ts";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** Parses a subcommand's arguments strictly, so an unknown option or a missing value is a usage error. */
export function parseOptions<T extends Options>(argv: string[], options: T, usage: string) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new DspError("invalid_input", `${(error as Error).message}.\n${usage}`);
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
    throw new DspError("invalid_input", `Missing ${name}.\n${usage}`, { field: name });
  }
  return value;
}
