import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pl from "nodejs-polars";
import type { ChartInputs } from "../charts/chart-inputs.ts";
import { DspError } from "../errors.ts";
import type { ArtifactRef } from "../store/store.ts";
import { applyContract } from "./apply-contract.ts";
import type { ArtifactContract } from "./artifact-contract.ts";
import { type DiscoveredRun, discoverRun } from "./discover-run.ts";
import { hashFile } from "./hash-file.ts";
import { typeName } from "./polars-types.ts";
import { readError, scanTable } from "./read-table.ts";
import type { ArtifactFile } from "./run-folder.ts";
import { TextCopies } from "./text-copies.ts";

/** A run whose artifacts were all read and checked against their contracts. */
export interface IngestedRun {
  root: string;
  files: ArtifactFile[];
  refs: ArtifactRef[];
  inputs: ChartInputs;
  /** Deletes the temporary columnar copies of text artifacts. */
  cleanup(): Promise<void>;
}

interface IngestedFile {
  file: ArtifactFile;
  frame?: pl.LazyDataFrame;
  document?: unknown;
  ref: ArtifactRef;
}

async function checkNulls(
  file: ArtifactFile,
  contract: ArtifactContract,
  frame: pl.LazyDataFrame,
): Promise<void> {
  const declared = contract.columns ?? [];
  const required = declared.filter((column) => column.nullable !== true);
  if (declared.length === 0) {
    return;
  }

  // Decoding every declared column here finds most corrupt files before any chart runs.
  // NOTE: a Parquet page whose value count is corrupt makes nodejs-polars 0.25.2 panic in a
  // decoder thread, which aborts the process in every lazy engine. The store stays unchanged.
  const counts = await frame
    .select(...declared.map((column) => pl.col(column.name).nullCount()))
    .collect()
    .catch((error: unknown) => Promise.reject(readError(file, error)));
  for (const column of required) {
    const nulls = Number(counts.getColumn(column.name).toArray()[0]);
    if (nulls > 0) {
      throw new DspError(
        "contract_violation",
        `Column "${column.name}" of ${file.path} has ${nulls} null values, but the "${contract.name}" contract does not allow nulls in it. Fill the values or mark the column nullable in the contract.`,
        {
          file: file.path,
          column: column.name,
          value: nulls,
          expected: `${column.dtype} without nulls`,
        },
      );
    }
  }
}

/**
 * Parses a text table once into an Arrow IPC copy, so every value is checked up front and
 * charts read a columnar file instead of parsing the text again.
 */
async function materializeText(
  file: ArtifactFile,
  frame: pl.LazyDataFrame,
  cacheDir: string,
  index: number,
): Promise<pl.LazyDataFrame> {
  const target = join(cacheDir, `${index}.arrow`);
  await frame
    .sinkIpc(target)
    .collect()
    .catch((error: unknown) => Promise.reject(readError(file, error)));
  return pl.scanIPC(target);
}

/**
 * Keeps the columns the contract declares, in contract order, so charts see one schema
 * whatever the format. A contract without columns keeps every column of the file.
 */
function declaredColumns(contract: ArtifactContract, frame: pl.LazyDataFrame): pl.LazyDataFrame {
  const columns = contract.columns ?? [];
  return columns.length === 0 ? frame : frame.select(...columns.map((column) => column.name));
}

/** Folder for the Arrow copies of text artifacts, and the copies made so far. */
interface CopyTarget {
  cacheDir: string;
  copies: TextCopies;
}

async function ingestTable(
  file: ArtifactFile,
  contract: ArtifactContract,
  target: CopyTarget & { index: number; sha256: Promise<string> },
): Promise<{ frame: pl.LazyDataFrame; schema: Record<string, pl.DataType> }> {
  const scanned = scanTable(file, contract);
  const schema = await scanned
    .limit(0)
    .collect()
    .then((frame) => frame.schema)
    .catch((error: unknown) => Promise.reject(readError(file, error)));
  const adapted = applyContract(file, contract, scanned, schema);
  const declared = declaredColumns(contract, adapted.frame);

  const isText = file.format === "csv" || file.format === "ndjson" || file.format === "json";
  if (!isText) {
    await checkNulls(file, contract, declared);
    return { frame: declared, schema: adapted.schema };
  }

  const frame = await target.copies.copy(file, target.sha256, async () => {
    const copied = await materializeText(file, declared, target.cacheDir, target.index);
    await checkNulls(file, contract, copied);
    return copied;
  });
  return { frame, schema: adapted.schema };
}

async function ingestDocument(file: ArtifactFile): Promise<unknown> {
  const text = await readFile(file.path, "utf8");
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DspError(
      "contract_violation",
      `${file.path} is not valid JSON: ${(error as Error).message}. Fix the file or export it again.`,
      {
        file: file.path,
        expected: "a JSON document",
      },
    );
  }
}

async function ingestFile(
  file: ArtifactFile,
  contract: ArtifactContract,
  target: CopyTarget & { index: number; sha256: Promise<string> },
): Promise<IngestedFile> {
  const sha256Promise = target.sha256;
  const base = {
    artifact: file.artifact,
    path: file.path,
    relativePath: file.relativePath,
    format: file.format,
    size: file.size,
    partitions: file.partitions,
  };

  if (contract.kind === "document") {
    const document = await ingestDocument(file);
    return { file, document, ref: { ...base, sha256: await sha256Promise, schema: [] } };
  }
  const { frame, schema } = await ingestTable(file, contract, { ...target, sha256: sha256Promise });
  const fields = Object.entries(schema).map(([name, dtype]) => ({ name, dtype: typeName(dtype) }));
  return { file, frame, ref: { ...base, sha256: await sha256Promise, schema: fields } };
}

function withPartitions(entry: IngestedFile): pl.LazyDataFrame {
  const frame = entry.frame ?? pl.DataFrame({}).lazy();
  const columns = Object.entries(entry.file.partitions).map(([key, value]) =>
    pl.lit(value).alias(key),
  );
  return columns.length === 0 ? frame : frame.withColumns(...columns);
}

function missingArtifact(name: string, root: string, contracts: ArtifactContract[]): DspError {
  const contract = contracts.find((candidate) => candidate.name === name);
  const pattern =
    contract === undefined ? "no contract declares it" : `no file matches ${contract.pattern}`;
  return new DspError(
    "contract_violation",
    `Run folder ${root} has no "${name}" artifact: ${pattern}. Add the file or choose the pack that matches this simulator's output.`,
    {
      file: root,
      expected: contract?.pattern ?? name,
    },
  );
}

function buildInputs(
  root: string,
  entries: IngestedFile[],
  contracts: ArtifactContract[],
): ChartInputs {
  const byName = (name: string): IngestedFile[] => {
    const found = entries.filter((entry) => entry.file.artifact === name);
    if (found.length === 0) {
      throw missingArtifact(name, root, contracts);
    }
    return found;
  };

  // Files of one artifact may order their columns differently or type their extra columns
  // differently (CSV infers, Parquet stores), so columns are matched by name.
  return {
    root,
    table: (name) => pl.concat(byName(name).map(withPartitions), { how: "diagonalRelaxed" }),
    tableParts: (name) => byName(name).map(withPartitions),
    document: (name) => byName(name)[0]?.document,
    files: (name) =>
      entries.filter((entry) => entry.file.artifact === name).map((entry) => entry.file),
  };
}

/**
 * Discovers a run folder's artifacts, reads each one and checks it against its contract.
 * Any file that breaks its contract stops the ingest with an error naming the file, column
 * and value, before any chart runs.
 */
export async function ingestRun(
  folder: string,
  contracts: ArtifactContract[],
  discovered?: DiscoveredRun,
): Promise<IngestedRun> {
  const run = discovered ?? (await discoverRun(folder, contracts));
  const cacheDir = await mkdtemp(join(tmpdir(), "dsp-ingest-"));
  const cleanup = () => rm(cacheDir, { recursive: true, force: true });

  try {
    const entries: IngestedFile[] = [];
    const copies = new TextCopies();
    // Hashing every file from the start overlaps it with parsing, and lets a later file that
    // repeats an earlier one be recognised as soon as the earlier parse ends.
    const hashes = run.files.map((file) => hashFile(file.path));
    for (const promise of hashes) {
      promise.catch(() => undefined);
    }
    for (const [index, file] of run.files.entries()) {
      const contract = contracts.find((candidate) => candidate.name === file.artifact);
      if (contract !== undefined) {
        const sha256 = hashes[index] ?? hashFile(file.path);
        entries.push(await ingestFile(file, contract, { cacheDir, copies, index, sha256 }));
      }
    }
    return {
      root: run.root,
      files: run.files,
      refs: entries.map((entry) => entry.ref),
      inputs: buildInputs(run.root, entries, contracts),
      cleanup,
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}
