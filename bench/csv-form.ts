import { copyFile, mkdir, readdir, writeFile } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import pl from "nodejs-polars";

/** One column of a Parquet schema as the legacy scripts read it from a `.schema.json` file. */
export interface ParquetColumn {
  name: string;
  type: "INT32" | "INT64" | "FLOAT" | "DOUBLE" | "BOOLEAN" | "BYTE_ARRAY";
  converted?: "UTF8";
  rep: "OPTIONAL";
}

/** Returns the Parquet physical type that Polars writes for a column dtype. */
function parquetColumn(name: string, dtype: pl.DataType): ParquetColumn {
  const rep = "OPTIONAL";
  switch (String(dtype).replace(/^DataType\((.*)\)$/, "$1")) {
    case "Int8":
    case "Int16":
    case "Int32":
    case "UInt8":
    case "UInt16":
      return { name, type: "INT32", rep };
    case "Int64":
    case "UInt32":
    case "UInt64":
      return { name, type: "INT64", rep };
    case "Float32":
      return { name, type: "FLOAT", rep };
    case "Float64":
      return { name, type: "DOUBLE", rep };
    case "Bool":
      return { name, type: "BOOLEAN", rep };
    case "String":
    case "Utf8":
      return { name, type: "BYTE_ARRAY", converted: "UTF8", rep };
    default:
      throw new Error(
        `Column "${name}" has dtype ${String(dtype)}, which has no Parquet mapping here. Cast it to a numeric or string dtype first.`,
      );
  }
}

/**
 * Writes the `.schema.json` file that sits next to a CSV copy of a Parquet table. The legacy
 * `reproduce.py` scripts rebuild pyarrow dtypes from its `schema[].type` entries; they ignore
 * the other fields. Polars writes every column as OPTIONAL, so `rep` is always OPTIONAL.
 */
export async function writeSchemaJson(
  csvPath: string,
  source: string,
  schema: Record<string, pl.DataType>,
  rows: number,
): Promise<void> {
  const columns = Object.entries(schema).map(([name, dtype]) => parquetColumn(name, dtype));
  const document = {
    file: source,
    rows,
    created_by: `nodejs-polars ${pl.version}`,
    schema: columns,
  };
  const target = csvPath.replace(/\.csv$/, ".schema.json");
  await writeFile(target, `${JSON.stringify(document, null, 1)}\n`);
}

/** Writes a Parquet file as `<name>.csv` plus `<name>.schema.json`, streaming the CSV. */
export async function writeCsvForm(parquetPath: string, csvPath: string): Promise<void> {
  await mkdir(dirname(csvPath), { recursive: true });
  const frame = pl.scanParquet(parquetPath);
  const schema = (await frame.limit(0).collect()).schema;
  const counted = await frame.select(pl.len().alias("rows")).collect();
  const rows = Number(counted.getColumn("rows").toArray()[0]);
  await frame.sinkCSV(csvPath).collect();
  await writeSchemaJson(csvPath, parquetPath, schema, rows);
}

/** Folders of a fixture that hold expected outputs, not run artifacts. */
const skippedFolders = new Set(["legacy", "golden"]);

/**
 * Copies a run folder with every Parquet file replaced by its CSV form, the layout that the
 * legacy scripts read through `PARQUET_CSV_ROOT` and that the DSP reads as a CSV run. Other
 * files (JSON documents, topologies) are copied as they are.
 */
export async function convertRunToCsv(sourceRoot: string, targetRoot: string): Promise<void> {
  const entries = await readdir(sourceRoot, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    const relativePath = relative(sourceRoot, join(entry.parentPath, entry.name));
    if (!entry.isFile() || skippedFolders.has(relativePath.split(sep)[0] ?? "")) {
      continue;
    }
    const source = join(sourceRoot, relativePath);
    const target = join(targetRoot, relativePath);
    await mkdir(dirname(target), { recursive: true });
    if (entry.name.endsWith(".parquet")) {
      await writeCsvForm(source, target.replace(/\.parquet$/, ".csv"));
    } else {
      await copyFile(source, target);
    }
  }
}
