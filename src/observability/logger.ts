import { type Logger, pino } from "pino";

export type { Logger } from "pino";

/** Options for {@link createLogger}. */
export interface LoggerOptions {
  level?: string;
  /** Stream for the JSON lines: standard error by default, so that stdout stays for command output. */
  destination?: NodeJS.WritableStream;
}

/**
 * Creates the structured JSON logger. The level comes from `DSP_LOG_LEVEL` unless given.
 * Secrets never go into fields: tokens are redacted by path.
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  const level = options.level ?? process.env.DSP_LOG_LEVEL ?? "info";
  const destination = options.destination ?? pino.destination({ fd: 2, sync: true });

  return pino(
    {
      level,
      base: { service: "dsp" },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: {
        paths: [
          "token",
          "authorization",
          "*.token",
          "*.authorization",
          "req.headers.authorization",
        ],
        censor: "[redacted]",
      },
    },
    destination,
  );
}

/** A logger that drops every line, for library callers that pass none. */
export const silentLogger: Logger = pino({ level: "silent" });
