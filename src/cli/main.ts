import { DspError, toDspError } from "../errors.ts";
import { createLogger } from "../observability/logger.ts";
import type { CliCommand, CliContext } from "./cli-command.ts";
import { commands } from "./commands/index.ts";

function helpText(): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  const lines = commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return [
    "Usage: dsp <command> [options]",
    "",
    "Commands:",
    ...lines,
    "",
    "Run `dsp <command> --help` for a command's options.",
  ].join("\n");
}

function findCommand(name: string): CliCommand {
  const command = commands.find((candidate) => candidate.name === name);
  if (command === undefined) {
    const known = commands.map((candidate) => candidate.name).join(", ");
    throw new DspError(
      "invalid_input",
      `Unknown command "${name}". Known commands: ${known}. Run \`dsp help\` for a summary.`,
      { value: name },
    );
  }
  return command;
}

/** Runs the `dsp` command line and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    process.stdout.write(`${helpText()}\n`);
    return name === undefined ? 2 : 0;
  }

  let logger = createLogger();
  try {
    const command = findCommand(name);
    if (rest.includes("--help") || rest.includes("-h")) {
      process.stdout.write(`${command.usage}\n`);
      return 0;
    }

    const quiet = process.stderr.isTTY ? "warn" : undefined;
    logger = createLogger({
      level: process.env.DSP_LOG_LEVEL ?? quiet ?? command.defaultLogLevel ?? "info",
    });
    const context: CliContext = {
      argv: rest,
      stdout: process.stdout,
      stderr: process.stderr,
      logger,
      env: process.env,
    };
    return await command.run(context);
  } catch (error) {
    const failure = toDspError(error);
    process.stderr.write(`dsp ${name}: ${failure.message}\n`);
    if (failure.code === "internal") {
      logger.error({ err: error }, "command failed");
    }
    return failure.exitCode;
  }
}

const exitCode = await main(process.argv.slice(2));
process.exitCode = exitCode;
