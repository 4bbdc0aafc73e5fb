import assert from "node:assert/strict";
import { cpSync, existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { opendcRuns, temporaryFolder } from "../helpers.ts";
import { copyStore, createStoreWithRun, lines, runDsp, snapshotStore } from "./run-dsp.ts";
import { setCsvField } from "./run-folders.ts";

/** A command line that `dsp` must reject with one line on stderr, leaving the store unchanged. */
interface BadArgumentsCase {
  name: string;
  args: string[];
  exitCode: number;
  /** Texts the one-line error must contain, such as the rejected value and the accepted ones. */
  names: string[];
}

const golden = opendcRuns.carbon.golden;
const scratch = temporaryFolder("dsp-cli-args-");
const missingFolder = join(scratch.path, "no-such-folder");

const cases: BadArgumentsCase[] = [
  {
    name: "unknown command",
    args: ["frobnicate"],
    exitCode: 2,
    names: ['"frobnicate"', "process, replay"],
  },
  {
    name: "replay unknown chart",
    args: ["replay", "held", "--chart", "no_such_chart"],
    exitCode: 3,
    names: ['"no_such_chart"', "carbon_totals"],
  },
  {
    name: "export unknown chart",
    args: ["export", "held", "no_such_chart"],
    exitCode: 3,
    names: ['"no_such_chart"', "carbon_totals"],
  },
  {
    name: "replay unknown run",
    args: ["replay", "no-such-run"],
    exitCode: 3,
    names: ['"no-such-run"', "dsp runs"],
  },
  {
    name: "export unknown run",
    args: ["export", "no-such-run", "carbon_totals"],
    exitCode: 3,
    names: ['"no-such-run"', "dsp runs"],
  },
  {
    name: "lineage unknown run",
    args: ["lineage", "no-such-run"],
    exitCode: 3,
    names: ['"no-such-run"', "dsp runs"],
  },
  {
    name: "parity unknown run",
    args: ["parity", "no-such-run", "--legacy", golden],
    exitCode: 3,
    names: ['"no-such-run"', "dsp runs"],
  },
  {
    name: "export unknown format",
    args: ["export", "held", "carbon_totals", "--format", "xlsx"],
    exitCode: 2,
    names: ['"xlsx"', "csv, json, parquet"],
  },
  {
    name: "parity unknown format",
    args: ["parity", "held", "--legacy", golden, "--format", "xml"],
    exitCode: 2,
    names: ['"xml"', "text, json, junit"],
  },
  {
    name: "parity missing legacy folder",
    args: ["parity", "held", "--legacy", missingFolder],
    exitCode: 3,
    names: [missingFolder, "does not exist"],
  },
  {
    name: "process unknown option",
    args: ["process", opendcRuns.carbon.folder, "--bogus"],
    exitCode: 2,
    names: ["'--bogus'", "Usage: dsp process"],
  },
  {
    name: "process option without value",
    args: ["process", opendcRuns.carbon.folder, "--run-id"],
    exitCode: 2,
    names: ["--run-id", "Usage: dsp process"],
  },
  {
    name: "process missing folder",
    args: ["process"],
    exitCode: 2,
    names: ["Missing run folder", "Usage: dsp process"],
  },
  {
    name: "export missing chart id",
    args: ["export", "held"],
    exitCode: 2,
    names: ["Missing chart id", "Usage: dsp export"],
  },
  {
    name: "parity missing legacy option",
    args: ["parity", "held"],
    exitCode: 2,
    names: ["Missing --legacy", "Usage: dsp parity"],
  },
  {
    name: "replay extra argument",
    args: ["replay", "held", "carbon_totals"],
    exitCode: 2,
    names: ['"carbon_totals"', "Usage: dsp replay <run-id> [--chart ID]"],
  },
  {
    name: "lineage extra argument",
    args: ["lineage", "held", "carbon_totals"],
    exitCode: 2,
    names: ['"carbon_totals"', "Usage: dsp lineage"],
  },
  {
    name: "runs limit not a number",
    args: ["runs", "--limit", "abc"],
    exitCode: 2,
    names: ['"abc"', "whole number"],
  },
  {
    name: "export output folder missing",
    args: ["export", "held", "carbon_totals", "--output", join(missingFolder, "totals.csv")],
    exitCode: 2,
    names: [join(missingFolder, "totals.csv"), "folder does not exist"],
  },
];

describe("dsp bad arguments", () => {
  let template: { path: string; remove(): void };
  before(async () => {
    template = await createStoreWithRun("held");
  });
  after(() => {
    template.remove();
    scratch.remove();
  });

  for (const entry of cases) {
    test(entry.name, async () => {
      const store = copyStore(template.path);
      try {
        const stored = snapshotStore(store.path);

        const result = await runDsp(entry.args, { store: store.path });

        assert.equal(result.code, entry.exitCode, result.stderr);
        assert.equal(result.stdout, "");
        assert.equal(lines(result.stderr).length, 1, result.stderr);
        assert.match(result.stderr, new RegExp(`^dsp ${entry.args[0]}: `));
        for (const text of entry.names) {
          assert.ok(result.stderr.includes(text), `stderr lacks ${text}: ${result.stderr}`);
        }
        assert.deepEqual(snapshotStore(store.path), stored);
      } finally {
        store.remove();
      }
    });
  }

  test("export output writes no file", async () => {
    const output = join(missingFolder, "totals.csv");

    await runDsp(["export", "held", "carbon_totals", "--output", output], {
      store: template.path,
    });

    assert.equal(existsSync(output), false);
  });

  test("parity unreadable legacy file", async () => {
    const store = copyStore(template.path);
    const legacy = join(scratch.path, "golden");
    cpSync(golden, legacy, { recursive: true });
    setCsvField(join(legacy, "carbon_totals.csv"), 1, "total_carbon_emission_kg", "lots");
    try {
      const stored = snapshotStore(store.path);

      const result = await runDsp(["parity", "held", "--legacy", legacy], { store: store.path });

      assert.equal(result.code, 2, result.stderr);
      assert.equal(lines(result.stderr).length, 1, result.stderr);
      assert.ok(result.stderr.includes(join(legacy, "carbon_totals.csv")), result.stderr);
      assert.ok(result.stderr.includes("total_carbon_emission_kg"), result.stderr);
      assert.ok(result.stderr.includes("lots"), result.stderr);
      assert.deepEqual(snapshotStore(store.path), stored);
    } finally {
      store.remove();
    }
  });

  // createStoreWithRun deleted the run folder of "held" after processing it.
  test("replay deleted input file", async () => {
    const store = copyStore(template.path);
    try {
      const result = await runDsp(["replay", "held"], { store: store.path });

      assert.equal(result.code, 3, result.stderr);
      assert.equal(result.stdout, "");
      const messages = lines(result.stderr).filter((line) => line.startsWith("dsp replay: "));
      assert.equal(messages.length, 1, result.stderr);
      assert.match(
        messages[0] ?? "",
        /raw-output\/\d\/seed=0\/\w+\.parquet of this run no longer exists/,
      );
    } finally {
      store.remove();
    }
  });

  test("parity legacy path is a file", async () => {
    const file = join(scratch.path, "not-a-folder.csv");
    writeFileSync(file, "a\n1\n");

    const result = await runDsp(["parity", "held", "--legacy", file], { store: template.path });

    assert.equal(result.code, 3, result.stderr);
    assert.ok(result.stderr.includes(file), result.stderr);
  });
});
