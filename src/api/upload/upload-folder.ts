import { createHash, randomUUID } from "node:crypto";
import { mkdir, open, readdir, readFile, rename, rm, stat } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import { hashFile } from "../../artifacts/hash-file.ts";

/** A complete artifact of a run folder. */
export interface StoredArtifact {
  path: string;
  size: number;
  sha256: string;
}

/** A ranged upload that has not received its last byte. */
export interface PartialUpload {
  path: string;
  offset: number;
  total: number;
}

interface ChecksumRecord extends StoredArtifact {
  mtimeMs: number;
}

/** Hidden folder inside the run folder for temp files, partial uploads and checksums. */
const bookkeepingName = ".dsp-upload";

/**
 * The files of one run folder, as the upload API reads and writes them. Artifacts live at their
 * relative path. Bookkeeping lives in a hidden folder that run discovery skips: temp files
 * of uploads in progress, partial ranged uploads, and checksum records so that `HEAD` need
 * not hash a large file again.
 */
export class UploadFolder {
  readonly root: string;
  readonly #bookkeeping: string;

  constructor(root: string) {
    this.root = root;
    this.#bookkeeping = join(root, bookkeepingName);
  }

  /** Absolute path of an artifact; the segments were checked by `parseArtifactPath`. */
  artifactPath(segments: readonly string[]): string {
    return join(this.root, ...segments);
  }

  /** Creates and returns the path of a new temp file for a whole-file upload. */
  async newTempPath(): Promise<string> {
    const folder = join(this.#bookkeeping, "tmp");
    await mkdir(folder, { recursive: true });
    return join(folder, randomUUID());
  }

  /** Path of the data file of a partial upload of `path`. */
  async partialDataPath(path: string): Promise<string> {
    const folder = join(this.#bookkeeping, "partial");
    await mkdir(folder, { recursive: true });
    return join(folder, `${keyOf(path)}.part`);
  }

  /** Reads a partial upload's state, with the offset taken from the data file's size. */
  async readPartial(path: string): Promise<PartialUpload | undefined> {
    const meta = await readJson<{ path: string; total: number }>(this.#partialMetaPath(path));
    const data = await stat(await this.partialDataPath(path)).catch(() => undefined);
    if (meta === undefined || data === undefined) {
      return undefined;
    }
    return { path: meta.path, offset: data.size, total: meta.total };
  }

  /** Starts a partial upload of `path` with `total` bytes, dropping any earlier one. */
  async startPartial(path: string, total: number): Promise<void> {
    await this.dropPartial(path);
    await writeFileDurably(this.#partialMetaPath(path), JSON.stringify({ path, total }));
    const handle = await open(await this.partialDataPath(path), "w");
    await handle.close();
  }

  /** Deletes a partial upload's data and state. */
  async dropPartial(path: string): Promise<void> {
    await rm(await this.partialDataPath(path), { force: true });
    await rm(this.#partialMetaPath(path), { force: true });
  }

  /** Lists partial uploads by path. */
  async listPartial(): Promise<PartialUpload[]> {
    const folder = join(this.#bookkeeping, "partial");
    const names = await readdir(folder).catch(() => [] as string[]);
    const metas = names.filter((name) => name.endsWith(".json"));
    const partials = await Promise.all(
      metas.map(async (name) => {
        const meta = await readJson<{ path: string }>(join(folder, name));
        return meta === undefined ? undefined : this.readPartial(meta.path);
      }),
    );
    return partials.filter((entry) => entry !== undefined).sort(byPath);
  }

  /**
   * Moves a finished, fsynced file to the artifact path, flushes the folder entry, and
   * records its checksum. The rename is atomic, so readers see the whole file or none.
   */
  async publish(
    source: string,
    segments: readonly string[],
    sha256: string,
  ): Promise<StoredArtifact> {
    const target = this.artifactPath(segments);
    await mkdir(dirname(target), { recursive: true });
    await rename(source, target);
    await syncFolder(dirname(target));
    return this.#record(segments.join("/"), target, sha256);
  }

  /** Returns an artifact's size and checksum, hashing it when the record is missing or stale. */
  async readArtifact(segments: readonly string[]): Promise<StoredArtifact | undefined> {
    const path = segments.join("/");
    const target = this.artifactPath(segments);
    const info = await stat(target).catch(() => undefined);
    if (info === undefined || !info.isFile()) {
      return undefined;
    }
    const record = await readJson<ChecksumRecord>(this.#checksumPath(path));
    if (record !== undefined && record.size === info.size && record.mtimeMs === info.mtimeMs) {
      return { path, size: record.size, sha256: record.sha256 };
    }
    return this.#record(path, target, await hashFile(target));
  }

  /** Lists the complete artifacts of the folder by path, skipping hidden entries. */
  async listArtifacts(): Promise<StoredArtifact[]> {
    const entries = await readdir(this.root, { recursive: true, withFileTypes: true }).catch(
      () => [],
    );
    const paths = entries
      .filter((entry) => entry.isFile())
      .map((entry) => relative(this.root, join(entry.parentPath, entry.name)).split(sep))
      .filter((segments) => !segments.some((segment) => segment.startsWith(".")));
    const artifacts = await Promise.all(paths.map((segments) => this.readArtifact(segments)));
    return artifacts.filter((artifact) => artifact !== undefined).sort(byPath);
  }

  async #record(path: string, target: string, sha256: string): Promise<StoredArtifact> {
    const info = await stat(target);
    const record: ChecksumRecord = { path, size: info.size, sha256, mtimeMs: info.mtimeMs };
    await writeFileDurably(this.#checksumPath(path), JSON.stringify(record));
    return { path, size: info.size, sha256 };
  }

  #partialMetaPath(path: string): string {
    return join(this.#bookkeeping, "partial", `${keyOf(path)}.json`);
  }

  #checksumPath(path: string): string {
    return join(this.#bookkeeping, "sha256", `${keyOf(path)}.json`);
  }
}

/** File name for bookkeeping about `path`: the path's SHA-256, so nesting and length do not matter. */
function keyOf(path: string): string {
  return createHash("sha256").update(path, "utf8").digest("hex");
}

function byPath(left: { path: string }, right: { path: string }): number {
  if (left.path === right.path) {
    return 0;
  }
  return left.path < right.path ? -1 : 1;
}

async function readJson<T>(path: string): Promise<T | undefined> {
  const text = await readFile(path, "utf8").catch(() => undefined);
  if (text === undefined) {
    return undefined;
  }
  try {
    return JSON.parse(text) as T;
  } catch {
    // A record torn by a crash is treated as missing and rebuilt from the file itself.
    return undefined;
  }
}

/** Writes a small file through a temp file, fsync and rename, so it is whole or absent. */
async function writeFileDurably(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${randomUUID()}.tmp`;
  const handle = await open(temp, "w");
  try {
    await handle.writeFile(text, "utf8");
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, path);
}

async function syncFolder(path: string): Promise<void> {
  const handle = await open(path, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
