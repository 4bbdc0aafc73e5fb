/**
 * An in-memory least-recently-used cache of encoded responses, bounded by total bytes. Keys
 * must name immutable content (a dataset's content hash and format), so entries never go
 * stale and are only evicted for space.
 */
export class ResponseCache {
  readonly #maxBytes: number;
  readonly #entries = new Map<string, Buffer>();
  #bytes = 0;

  constructor(maxBytes: number) {
    this.#maxBytes = maxBytes;
  }

  /** Returns the cached body and marks it most recently used. */
  get(key: string): Buffer | undefined {
    const body = this.#entries.get(key);
    if (body !== undefined) {
      this.#entries.delete(key);
      this.#entries.set(key, body);
    }
    return body;
  }

  /** Stores a body unless it alone exceeds a quarter of the cache, evicting the oldest entries. */
  set(key: string, body: Buffer): void {
    if (body.length > this.#maxBytes / 4 || this.#entries.has(key)) {
      return;
    }
    this.#entries.set(key, body);
    this.#bytes += body.length;

    for (const [oldest, value] of this.#entries) {
      if (this.#bytes <= this.#maxBytes) {
        break;
      }
      this.#entries.delete(oldest);
      this.#bytes -= value.length;
    }
  }

  get size(): number {
    return this.#bytes;
  }
}
