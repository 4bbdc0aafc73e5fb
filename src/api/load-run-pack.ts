import type { ChartDefinition, ChartPack } from "../charts/chart-definition.ts";
import { DspError } from "../errors.ts";
import type { ApiContext } from "./api-context.ts";

/** Loads a pack by the name a client gave, or throws `invalid_input` naming the known packs. */
export async function loadNamedPack(context: ApiContext, name: string): Promise<ChartPack> {
  const source = Object.hasOwn(context.packs, name) ? context.packs[name] : undefined;
  if (source === undefined) {
    const known = Object.keys(context.packs).join(", ");
    throw new DspError("invalid_input", `Pack "${name}" is unknown. Use one of: ${known}.`, {
      field: "pack",
      value: name,
      expected: known,
    });
  }
  return context.loadPack(source);
}

/** Finds a chart of a pack, or throws `not_found` naming the pack's charts. */
export function findChart(pack: ChartPack, chartId: string): ChartDefinition {
  const chart = pack.charts.find((candidate) => candidate.id === chartId);
  if (chart === undefined) {
    const known = pack.charts.map((candidate) => candidate.id).join(", ");
    throw new DspError(
      "not_found",
      `Chart "${chartId}" is not in pack "${pack.name}". Its charts are: ${known}.`,
      { field: "chartId", value: chartId, expected: known },
    );
  }
  return chart;
}
