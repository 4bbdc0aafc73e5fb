import type { CliCommand } from "../cli-command.ts";
import { demoCommand } from "./demo.ts";
import { exportCommand } from "./export.ts";
import { lineageCommand } from "./lineage.ts";
import { parityCommand } from "./parity.ts";
import { processCommand } from "./process.ts";
import { replayCommand } from "./replay.ts";
import { runJobCommand } from "./run-job.ts";
import { runsCommand } from "./runs.ts";
import { serveCommand } from "./serve.ts";
import { tokenCommand } from "./token.ts";
import { uploadCommand } from "./upload.ts";

/** Every `dsp` subcommand, in the order `dsp help` lists them. */
export const commands: CliCommand[] = [
  demoCommand,
  processCommand,
  replayCommand,
  runsCommand,
  parityCommand,
  exportCommand,
  lineageCommand,
  serveCommand,
  tokenCommand,
  uploadCommand,
  runJobCommand,
];
