import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { tableFromIPC } from "apache-arrow";
import pl from "nodejs-polars";
import { typeName } from "../../src/artifacts/polars-types.ts";
import { toArrowIpc, toParquet } from "../../src/exports/table-file-export.ts";
import { everyDtypeDataset } from "./dataset-fixture.ts";

/** Checks that `back` has the schema columns, dtypes and values of `df`. */
function assertSameDataset(back: pl.DataFrame, df: pl.DataFrame, schemaNames: string[]): void {
  assert.deepEqual(back.columns, schemaNames);
  assert.deepEqual(back.dtypes.map(typeName), df.select(...schemaNames).dtypes.map(typeName));
  assert.ok(
    back.frameEqual(df.select(...schemaNames), true),
    `read back:\n${back}\nexpected:\n${df}`,
  );
}

describe("toParquet", () => {
  test("round trip keeps dtypes and values", () => {
    const { df, chart } = everyDtypeDataset();
    const names = chart.schema.map((column) => column.name);

    const bytes = toParquet(df.withColumn(pl.lit(1).alias("extra")), chart);
    const back = pl.readParquet(Buffer.from(bytes));

    assert.equal(Buffer.from(bytes.subarray(0, 4)).toString(), "PAR1");
    assertSameDataset(back, df, names);
    assert.ok(back.getColumn("y").dtype.equals(pl.Float32));
  });
});

describe("toArrowIpc", () => {
  test("round trip keeps dtypes and values", () => {
    const { df, chart } = everyDtypeDataset();
    const names = chart.schema.map((column) => column.name);

    const bytes = toArrowIpc(df.withColumn(pl.lit(1).alias("extra")), chart);
    const back = pl.readIPC(Buffer.from(bytes));

    assert.equal(Buffer.from(bytes.subarray(0, 6)).toString(), "ARROW1");
    assertSameDataset(back, df, names);
    assert.ok(back.getColumn("y").dtype.equals(pl.Float32));
  });

  test("apache-arrow reads Int64 exactly", () => {
    const { df, chart } = everyDtypeDataset();

    const table = tableFromIPC(toArrowIpc(df, chart));
    const int64Values = Array.from(table.getChild("i64") ?? []);

    assert.equal(String(table.schema.fields[1]?.type), "Float32");
    assert.deepEqual(int64Values, [-(2n ** 63n), 2n ** 63n - 1n, null]);
  });
});
