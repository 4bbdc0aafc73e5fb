import { DspError } from "../errors.ts";

/** Settings of `dsp serve`, from flags first, then environment variables, then defaults. */
export interface ServerConfig {
  host: string;
  port: number;
  /** Store URL for `openStore`; undefined means its default. */
  storeUrl: string | undefined;
  dataDir: string;
  maxArtifactBytes: number;
  publicReads: boolean;
  /** Packs clients may name: the built-in ones plus `DSP_PACKS` entries. */
  extraPacks: Record<string, string>;
  runWorker: boolean;
}

/** 10 GiB: larger than typical OpenDC outputs; operators raise it with DSP_MAX_ARTIFACT_BYTES. */
const defaultMaxArtifactBytes = 10 * 1024 ** 3;

/** Reads the server settings. Throws `invalid_input` naming the flag or variable for a bad value. */
export function readServerConfig(
  flags: {
    host?: string | undefined;
    port?: string | undefined;
    store?: string | undefined;
    worker?: boolean | undefined;
  },
  env: NodeJS.ProcessEnv,
): ServerConfig {
  return {
    host: flags.host ?? env.DSP_HOST ?? "127.0.0.1",
    port: parseInteger(
      flags.port === undefined ? "DSP_PORT" : "--port",
      flags.port ?? env.DSP_PORT ?? "8080",
      0,
      65_535,
    ),
    storeUrl: flags.store ?? env.DSP_STORE_URL,
    dataDir: env.DSP_DATA_DIR ?? ".dsp/runs",
    maxArtifactBytes: parseInteger(
      "DSP_MAX_ARTIFACT_BYTES",
      env.DSP_MAX_ARTIFACT_BYTES ?? String(defaultMaxArtifactBytes),
      0,
      Number.MAX_SAFE_INTEGER,
    ),
    publicReads: parseBoolean("DSP_PUBLIC_READS", env.DSP_PUBLIC_READS ?? "false"),
    extraPacks: parsePacks(env.DSP_PACKS ?? ""),
    runWorker: flags.worker ?? true,
  };
}

function parseInteger(name: string, text: string, minimum: number, maximum: number): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < minimum || value > maximum) {
    throw new DspError(
      "invalid_input",
      `${name} is "${text}", but it must be an integer from ${minimum} to ${maximum}.`,
      {
        field: name,
        value: text,
      },
    );
  }
  return value;
}

function parseBoolean(name: string, text: string): boolean {
  if (text === "true" || text === "false") {
    return text === "true";
  }
  throw new DspError("invalid_input", `${name} is "${text}", but it must be true or false.`, {
    field: name,
    value: text,
  });
}

/** Parses `name=folder,name2=folder2`. */
function parsePacks(text: string): Record<string, string> {
  const packs: Record<string, string> = {};
  for (const entry of text.split(",").filter((part) => part.trim() !== "")) {
    const [name, folder] = entry.split("=").map((part) => part.trim());
    if (
      name === undefined ||
      folder === undefined ||
      !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name) ||
      folder === ""
    ) {
      throw new DspError(
        "invalid_input",
        `DSP_PACKS entry "${entry}" is not of the form name=folder.`,
        {
          field: "DSP_PACKS",
          value: entry,
          expected: "name=folder[,name=folder...]",
        },
      );
    }
    packs[name] = folder;
  }
  return packs;
}
