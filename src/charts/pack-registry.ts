import { existsSync, readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import pl from "nodejs-polars";
import type { ArtifactContract } from "../artifacts/artifact-contract.ts";
import { DspError } from "../errors.ts";
import { opendcPack } from "../packs/opendc/index.ts";
import type { ChartDefinition, ChartPack } from "./chart-definition.ts";
import { checkManifest } from "./pack-manifest.ts";
import { type SqlChartSpec, sqlChart } from "./sql-chart.ts";

/** Packs that ship with the DSP, by name. */
export const builtInPacks: Record<string, ChartPack> = { opendc: opendcPack };

/** Returns the built-in pack of this name; names of Object.prototype members find nothing. */
export function findBuiltInPack(name: string): ChartPack | undefined {
  return Object.hasOwn(builtInPacks, name) ? builtInPacks[name] : undefined;
}

/** A chart as `pack.json` writes it: the SQL chart fields, with description, tolerance and spec optional. */
type ManifestChart = Omit<SqlChartSpec, "description" | "tolerance" | "vegaLite"> &
  Partial<Pick<SqlChartSpec, "description" | "tolerance" | "vegaLite">>;

/**
 * Argument of a pack module's `createCharts`: the DSP's own Polars, so that a pack outside
 * this repository builds expressions with the same copy of Polars that reads the artifacts.
 */
export type ChartFactory = (dsp: {
  pl: typeof pl;
}) => ChartDefinition[] | Promise<ChartDefinition[]>;

interface PackManifest {
  name: string;
  version: string;
  description?: string;
  /** A built-in pack whose contracts this pack reuses. */
  extends?: string;
  contracts?: ArtifactContract[];
  charts?: ManifestChart[];
  /** Modules, relative to the pack folder, that export `createCharts` or `charts`. */
  modules?: string[];
}

function readManifest(folder: string): PackManifest {
  const file = resolve(folder, "pack.json");
  if (!existsSync(file)) {
    throw new DspError(
      "not_found",
      `Pack folder ${folder} has no pack.json. Create one as docs/pack-authoring.md shows, or pass a built-in pack name (${Object.keys(builtInPacks).join(", ")}).`,
      {
        file,
      },
    );
  }
  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new DspError(
      "invalid_input",
      `Pack manifest ${file} is not valid JSON: ${(error as Error).message}.`,
      { file },
    );
  }
  checkManifest(manifest, file);
  return manifest as PackManifest;
}

async function loadModuleCharts(folder: string, module: string): Promise<ChartDefinition[]> {
  const path = resolve(folder, module);
  if (!existsSync(path)) {
    throw new DspError(
      "not_found",
      `Pack module ${path} does not exist. Fix the path in the modules list of ${resolve(folder, "pack.json")}.`,
      { file: path },
    );
  }
  const loaded = (await import(pathToFileURL(path).href)) as {
    charts?: unknown;
    createCharts?: unknown;
  };
  const charts =
    typeof loaded.createCharts === "function"
      ? await (loaded.createCharts as ChartFactory)({ pl })
      : loaded.charts;
  if (!Array.isArray(charts)) {
    throw new DspError(
      "invalid_input",
      `Pack module ${path} must export "createCharts({ pl })" returning chart definitions, or "charts", an array of them.`,
      {
        file: path,
        expected: "export function createCharts({ pl }) { return [...]; }",
      },
    );
  }
  return charts as ChartDefinition[];
}

function requireUniqueIds(charts: ChartDefinition[], source: string): void {
  const seen = new Set<string>();
  for (const chart of charts) {
    if (seen.has(chart.id)) {
      throw new DspError(
        "invalid_input",
        `Pack ${source} defines chart "${chart.id}" twice. Give each chart a unique id.`,
        { value: chart.id },
      );
    }
    seen.add(chart.id);
  }
}

async function loadPackFolder(folder: string): Promise<ChartPack> {
  const manifest = readManifest(folder);
  const base = manifest.extends === undefined ? undefined : findBuiltInPack(manifest.extends);
  if (manifest.extends !== undefined && base === undefined) {
    throw new DspError(
      "invalid_input",
      `Pack ${folder} extends "${manifest.extends}", which is not a built-in pack. Built-in packs: ${Object.keys(builtInPacks).join(", ")}.`,
      {
        field: "extends",
        value: manifest.extends,
      },
    );
  }

  const charts = (manifest.charts ?? []).map((spec) =>
    sqlChart({
      ...spec,
      description: spec.description ?? "",
      tolerance: spec.tolerance ?? {},
      vegaLite: spec.vegaLite ?? {},
    }),
  );
  for (const module of manifest.modules ?? []) {
    charts.push(...(await loadModuleCharts(folder, module)));
  }
  requireUniqueIds(charts, folder);

  return {
    name: manifest.name,
    version: manifest.version,
    description: manifest.description ?? "",
    contracts: [...(base?.contracts ?? []), ...(manifest.contracts ?? [])],
    charts,
    source: folder,
  };
}

/**
 * Returns a built-in pack by name, or loads a pack from a folder holding a `pack.json`.
 * A run stores the same string, so a replay loads the same pack.
 */
export async function loadPack(nameOrPath: string): Promise<ChartPack> {
  const builtIn = findBuiltInPack(nameOrPath);
  if (builtIn !== undefined) {
    return builtIn;
  }

  const folder = resolve(nameOrPath);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new DspError(
      "not_found",
      `Unknown pack "${nameOrPath}": it is neither a built-in pack (${Object.keys(builtInPacks).join(", ")}) nor a folder.`,
      {
        value: nameOrPath,
        expected: `one of ${Object.keys(builtInPacks).join(", ")} or a pack folder`,
      },
    );
  }
  return loadPackFolder(folder);
}
