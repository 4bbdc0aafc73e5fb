import type pl from "nodejs-polars";
import type { ArtifactFile } from "./run-folder.ts";

/**
 * The checked Arrow copies of a run's text artifacts by content, so that byte-identical files
 * are parsed once. OpenDC, for one, writes the same host table into every scenario folder.
 * A file waits for its SHA-256 only when an earlier copied file has the same size, so the
 * first copy of each size still parses while its hash is computed.
 */
export class TextCopies {
  readonly #bySha256 = new Map<string, Promise<pl.LazyDataFrame>>();
  readonly #sizes = new Set<number>();

  /** Returns the copy of a file with the same bytes, or makes one with `create`. */
  async copy(
    file: ArtifactFile,
    sha256: Promise<string>,
    create: () => Promise<pl.LazyDataFrame>,
  ): Promise<pl.LazyDataFrame> {
    if (!this.#sizes.has(file.size)) {
      this.#sizes.add(file.size);
      const created = create();
      void sha256.then((hash) => this.#bySha256.set(hash, created)).catch(() => undefined);
      return created;
    }

    const hash = await sha256;
    const existing = this.#bySha256.get(hash);
    if (existing !== undefined) {
      return existing;
    }
    const created = create();
    this.#bySha256.set(hash, created);
    return created;
  }
}
