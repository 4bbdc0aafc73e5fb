import type { TSchema } from "@sinclair/typebox";
import { Artifact, ArtifactList, ArtifactUpload } from "./artifacts.ts";
import { ChartList, ChartSummary, DatasetColumn, DatasetJson, VegaLiteSpec } from "./charts.ts";
import { ChartComparison } from "./compare.ts";
import { ChartResult, Job, RunDetail } from "./jobs.ts";
import { Health, Readiness } from "./operations.ts";
import { Problem, ProblemIssue } from "./problem.ts";
import { LineageList, ParityList } from "./reports.ts";
import { Run, RunMetadata, RunPage, RunStatus } from "./runs.ts";
import { CreatedToken, Token, TokenList, TokenScope } from "./tokens.ts";

/** Every schema with an `$id`; the server registers them once and routes refer to them. */
export const sharedSchemas: readonly TSchema[] = [
  ProblemIssue,
  Problem,
  RunStatus,
  RunMetadata,
  Run,
  RunPage,
  ChartResult,
  Job,
  RunDetail,
  Artifact,
  ArtifactUpload,
  ArtifactList,
  DatasetColumn,
  ChartSummary,
  ChartList,
  DatasetJson,
  VegaLiteSpec,
  ChartComparison,
  LineageList,
  ParityList,
  TokenScope,
  Token,
  CreatedToken,
  TokenList,
  Health,
  Readiness,
];
