import type { CliCommand } from "../cli-command.ts";

/** Every `dsp` subcommand, in the order `dsp help` lists them. */
export const commands: CliCommand[] = [];
