import { createHash, type Hash } from "node:crypto";
import { tableFromIPC, type Vector } from "apache-arrow";
import type pl from "nodejs-polars";
import type { OutputColumn } from "./chart-definition.ts";

/** Name and version of the canonical encoding. It is part of every hash, so a new encoding never collides. */
const encodingName = "dsp-dataset-v1";

const widths: Record<string, number> = {
  Int8: 1,
  UInt8: 1,
  Int16: 2,
  UInt16: 2,
  Int32: 4,
  UInt32: 4,
  Float32: 4,
  Int64: 8,
  UInt64: 8,
  Float64: 8,
};

type Setter = (view: DataView, offset: number, value: unknown) => void;

/** Little-endian writers per dtype. DataView writes every NaN as the canonical quiet NaN. */
const setters: Record<string, Setter> = {
  Int8: (view, offset, value) => view.setInt8(offset, Number(value)),
  UInt8: (view, offset, value) => view.setUint8(offset, Number(value)),
  Int16: (view, offset, value) => view.setInt16(offset, Number(value), true),
  UInt16: (view, offset, value) => view.setUint16(offset, Number(value), true),
  Int32: (view, offset, value) => view.setInt32(offset, Number(value), true),
  UInt32: (view, offset, value) => view.setUint32(offset, Number(value), true),
  Int64: (view, offset, value) => view.setBigInt64(offset, BigInt(value as bigint), true),
  UInt64: (view, offset, value) => view.setBigUint64(offset, BigInt(value as bigint), true),
  Float32: (view, offset, value) => view.setFloat32(offset, Number(value), true),
  Float64: (view, offset, value) => view.setFloat64(offset, Number(value), true),
};

/** Fixed-width values as little-endian bytes, null slots as zeros. */
function encodeFixed(vector: Vector, dtype: string, width: number): Uint8Array {
  const bytes = new Uint8Array(vector.length * width);
  const view = new DataView(bytes.buffer);
  const set = setters[dtype] ?? setters.Float64;
  for (let row = 0; row < vector.length; row += 1) {
    const value = vector.get(row);
    if (value !== null) {
      set?.(view, row * width, value);
    }
  }
  return bytes;
}

/** Encodes strings as a little-endian u32 byte length and the UTF-8 bytes, booleans as one byte, and nulls as nothing. */
function encodeVariable(hash: Hash, vector: Vector, dtype: string): void {
  const encoder = new TextEncoder();
  const length = new DataView(new ArrayBuffer(4));
  for (let row = 0; row < vector.length; row += 1) {
    const value = vector.get(row) as unknown;
    if (value === null) {
      continue;
    }
    if (dtype === "Boolean") {
      hash.update(Uint8Array.of(value === true ? 1 : 0));
      continue;
    }
    const utf8 = encoder.encode(String(value));
    length.setUint32(0, utf8.length, true);
    hash.update(new Uint8Array(length.buffer));
    hash.update(utf8);
  }
}

function encodeValidity(hash: Hash, vector: Vector): void {
  if (vector.nullCount === 0) {
    hash.update(Uint8Array.of(0));
    return;
  }
  const validity = new Uint8Array(vector.length);
  for (let row = 0; row < vector.length; row += 1) {
    validity[row] = vector.isValid(row) ? 1 : 0;
  }
  hash.update(Uint8Array.of(1));
  hash.update(validity);
}

/**
 * Returns the content hash of a chart dataset: SHA-256 over a canonical encoding of the chart
 * id and version, the schema, and every column's validity and values in little-endian form.
 * Chunking, Arrow buffer layout and NaN payloads do not change it, but a changed value, row order,
 * dtype, column name or chart version does. Returns `sha256:<hex>`.
 */
export function hashDataset(
  frame: pl.DataFrame,
  chart: { id: string; version: number; schema: OutputColumn[] },
): string {
  const hash = createHash("sha256");
  const header = {
    encoding: encodingName,
    chart: chart.id,
    version: chart.version,
    rows: frame.height,
    columns: chart.schema.map(({ name, dtype }) => ({ name, dtype })),
  };
  hash.update(`${JSON.stringify(header)}\n`);

  const table = tableFromIPC(frame.select(...chart.schema.map((column) => column.name)).writeIPC());
  for (const column of chart.schema) {
    const vector = table.getChild(column.name);
    if (vector === null) {
      throw new Error(
        `Dataset has no column "${column.name}" although the chart's schema lists it.`,
      );
    }
    hash.update(`column ${column.name}\n`);
    encodeValidity(hash, vector);
    const width = widths[column.dtype];
    if (width === undefined) {
      encodeVariable(hash, vector, column.dtype);
    } else {
      hash.update(encodeFixed(vector, column.dtype, width));
    }
  }
  return `sha256:${hash.digest("hex")}`;
}
