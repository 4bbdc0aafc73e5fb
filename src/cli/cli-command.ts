import type { Logger } from "../observability/logger.ts";

/** Context of every subcommand: its arguments and the streams to write to. */
export interface CliContext {
  argv: string[];
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  logger: Logger;
  env: NodeJS.ProcessEnv;
}

/** One `dsp` subcommand. `run` returns the process exit code. */
export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  /** Log level when `DSP_LOG_LEVEL` is unset; commands meant for people default to `warn`. */
  defaultLogLevel?: string;
  run(context: CliContext): Promise<number>;
}
