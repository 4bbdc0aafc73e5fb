import type {
  ArtifactContract,
  ColumnContract,
  ColumnType,
} from "../../artifacts/artifact-contract.ts";

function columns(spec: [string, ColumnType, string?][]): ColumnContract[] {
  return spec.map(([name, dtype, unit]) =>
    unit === undefined ? { name, dtype } : { name, dtype, unit },
  );
}

const timestamps: [string, ColumnType, string?][] = [
  ["timestamp", "Int64", "ms since simulation start"],
  ["timestamp_absolute", "Int64", "ms since the Unix epoch"],
];

/** OpenDC writes one file per scenario as `raw-output/<scenario>/seed=<seed>/<name>.parquet`. */
function scenarioTable(
  name: string,
  description: string,
  spec: [string, ColumnType, string?][],
): ArtifactContract {
  return {
    name,
    description,
    pattern: `**/raw-output/{scenario}/seed={seed}/${name}.*`,
    format: "parquet",
    kind: "table",
    columns: columns([...timestamps, ...spec]),
    exclude: { scenario: ["metamodel"] },
  };
}

/** Renames of the camelCase columns written by OpenDC 2.x exports to the current names. */
const camelCaseHostAdapter = {
  name: "opendc-2.x camelCase host columns",
  whenColumns: ["powerDraw", "cpuUtilization"],
  rename: {
    powerDraw: "power_draw",
    cpuUtilization: "cpu_utilization",
    energyUsage: "energy_usage",
    hostName: "host_name",
  },
};

export const powerSource = scenarioTable(
  "powerSource",
  "Power source samples per export interval",
  [
    ["source_name", "String"],
    ["cluster_name", "String"],
    ["power_draw", "Float32", "W"],
    ["energy_usage", "Float32", "J per export interval"],
    ["carbon_intensity", "Float32", "gCO2/kWh"],
    ["carbon_emission", "Float32", "gCO2 per export interval"],
  ],
);

export const service = scenarioTable("service", "Scheduler state per export interval", [
  ["hosts_up", "Int32"],
  ["hosts_down", "Int32"],
  ["tasks_total", "Int32"],
  ["tasks_pending", "Int32"],
  ["tasks_active", "Int32"],
  ["tasks_completed", "Int32"],
  ["tasks_terminated", "Int32"],
]);

export const host: ArtifactContract = {
  ...scenarioTable("host", "Host samples per export interval", [
    ["host_name", "String"],
    ["cluster_name", "String"],
    ["cpu_utilization", "Float32", "fraction of capacity"],
    ["power_draw", "Float32", "W"],
    ["energy_usage", "Float32", "J per export interval"],
  ]),
  adapters: [camelCaseHostAdapter],
};

/** The experiment's scenario list in run order, where scenario `i` is the folder named `i`. */
export const trackr: ArtifactContract = {
  name: "trackr",
  description: "OpenDC's record of the experiment's scenarios, in run order",
  pattern: "trackr.json",
  format: "json",
  kind: "document",
};

/** The M3SA multi-model analyzer's setup: metric, window size and unit scaling. */
export const m3saSetup: ArtifactContract = {
  name: "m3saSetup",
  description: "OpenDC M3SA analyzer setup",
  pattern: "m3saSetup.json",
  format: "json",
  kind: "document",
};

export const opendcContracts: ArtifactContract[] = [powerSource, service, host, trackr, m3saSetup];
