import type { ChartPack } from "../../charts/chart-definition.ts";
import {
  carbonEmissionKgTimeseries,
  carbonIntensityTimeseries,
  powerDrawKwTimeseries,
} from "./carbon-timeseries.ts";
import { carbonDifference, carbonTotals } from "./carbon-totals.ts";
import { opendcContracts } from "./contracts.ts";
import {
  metamodelPowerDraw,
  metamodelStep,
  modelsChunkMeans,
  modelsTimeseries,
} from "./m3sa-charts.ts";
import { simpleActiveTasks } from "./simple-active-tasks.ts";
import { simpleEnergyRolling } from "./simple-energy-rolling.ts";
import { simpleSummary } from "./simple-summary.ts";

/**
 * The built-in OpenDC pack. Carbon experiment charts apply to runs with a `trackr.json`
 * scenario list; M3SA charts to runs with an `m3saSetup.json`.
 */
export const opendcPack: ChartPack = {
  name: "opendc",
  version: "1.0.0",
  description: "Charts of the OpenDC carbon demo notebooks and of the M3SA multi-model analyzer.",
  contracts: opendcContracts,
  charts: [
    carbonIntensityTimeseries,
    powerDrawKwTimeseries,
    carbonEmissionKgTimeseries,
    carbonTotals,
    carbonDifference,
    simpleSummary,
    simpleActiveTasks,
    simpleEnergyRolling,
    modelsTimeseries,
    modelsChunkMeans,
    metamodelPowerDraw,
    metamodelStep,
  ],
};
