import { basename, extname } from "node:path";
import pl from "nodejs-polars";
import type { ChartInputs } from "../../charts/chart-inputs.ts";
import { DspError } from "../../errors.ts";

interface TrackrEntry {
  topology?: { pathToFile?: unknown };
}

/** Returns the region of a topology file named like `surfsara_BE.json`: the text after the last `_`. */
function regionOfTopology(path: string): string {
  const stem = basename(path, extname(path));
  const underscore = stem.lastIndexOf("_");
  return underscore < 0 ? stem : stem.slice(underscore + 1);
}

/**
 * Returns one row per scenario of a carbon experiment: the scenario folder name, its region
 * label from the topology file `trackr.json` names for it, and its position in run order.
 *
 * ```
 * scenario  region  region_order
 * "0"       "BE"    0
 * "1"       "DE"    1
 * ```
 */
export function regionLabels(inputs: ChartInputs): pl.DataFrame {
  const trackr = inputs.document("trackr");
  const file = inputs.files("trackr")[0]?.path ?? "trackr.json";
  if (!Array.isArray(trackr)) {
    throw new DspError(
      "contract_violation",
      `${file} must be a JSON array of scenarios, one per run folder. Export it again from OpenDC.`,
      { file, expected: "a JSON array" },
    );
  }

  const regions = (trackr as TrackrEntry[]).map((entry, index) => {
    const path = entry.topology?.pathToFile;
    if (typeof path !== "string") {
      throw new DspError(
        "contract_violation",
        `Scenario ${index} of ${file} has no topology.pathToFile string, which names its region.`,
        {
          file,
          field: `[${index}].topology.pathToFile`,
          value: path,
          expected: "a path such as topologies/surfsara_BE.json",
        },
      );
    }
    return regionOfTopology(path);
  });

  return pl.DataFrame({
    scenario: regions.map((_, index) => String(index)),
    region: regions,
    region_order: pl.Series(
      "region_order",
      regions.map((_, index) => index),
      pl.Int64,
    ),
  });
}
