import { tokenScopes } from "../../api/schemas/tokens.ts";
import { generateTokenSecret } from "../../api/token-secret.ts";
import { DspError } from "../../errors.ts";
import { openStore } from "../../store/open-store.ts";
import type { TokenScope } from "../../store/store.ts";
import type { CliCommand } from "../cli-command.ts";
import { parseOptions, usageError } from "../parse-options.ts";

const usage = `Usage: dsp token create --scope SCOPE [--scope SCOPE ...] [--name NAME] [--store URL]

Creates an API token and prints it as the last line. Only its SHA-256 is stored, so the
token cannot be shown again.
  --scope   read, simulator:write or admin; repeat for several (admin grants all)
  --name    label shown in token lists (default: "cli token")
  --store   store URL (default: DSP_STORE_URL, else .dsp/dsp.sqlite)`;

export const tokenCommand: CliCommand = {
  name: "token",
  summary: "Create API tokens",
  usage,
  async run(context) {
    const { values, positionals } = parseOptions(
      context.argv,
      {
        scope: { type: "string", multiple: true },
        name: { type: "string", default: "cli token" },
        store: { type: "string" },
      },
      usage,
    );
    if (positionals[0] !== "create" || positionals.length !== 1) {
      throw usageError(`Unknown token action "${positionals.join(" ")}".`, usage, {
        value: positionals.join(" "),
      });
    }
    const scopes = checkScopes(values.scope ?? []);

    const store = await openStore(values.store ?? context.env.DSP_STORE_URL);
    try {
      const { id, secret, secretHash } = generateTokenSecret();
      const token = await store.createToken({ id, name: values.name, scopes, secretHash });
      context.stdout.write(
        `Created token ${token.id} "${token.name}" with scopes ${token.scopes.join(", ")}.\n`,
      );
      context.stdout.write("Store the token now; it is not shown again:\n");
      context.stdout.write(`${secret}\n`);
      return 0;
    } finally {
      await store.close();
    }
  },
};

function checkScopes(values: string[]): TokenScope[] {
  if (values.length === 0) {
    throw usageError("Missing --scope.", usage, { field: "scope" });
  }
  for (const value of values) {
    if (!(tokenScopes as readonly string[]).includes(value)) {
      throw new DspError(
        "invalid_input",
        `Scope "${value}" is unknown. Use ${tokenScopes.join(", ")}.`,
        { field: "scope", value, expected: tokenScopes.join(", ") },
      );
    }
  }
  return [...new Set(values)] as TokenScope[];
}
