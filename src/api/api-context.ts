import type { ChartPack } from "../charts/chart-definition.ts";
import type { Store } from "../store/store.ts";
import type { ResponseCache } from "./response-cache.ts";
import type { KeyedLock } from "./upload/keyed-lock.ts";

/** Dependencies of the route handlers: the store, the data folder and the pack loader. */
export interface ApiContext {
  store: Store;
  /** Absolute folder that contains one folder per uploaded run. */
  dataDir: string;
  /** Largest artifact an upload may send, in bytes. */
  maxArtifactBytes: number;
  /**
   * Packs a client may name, mapped to what `loadPack` receives. Clients never pass a folder
   * themselves, because a pack folder may hold modules that the server imports.
   */
  packs: Readonly<Record<string, string>>;
  loadPack: (nameOrPath: string) => Promise<ChartPack>;
  /** Called after a job was queued, so that a worker in this process picks it up at once. */
  onJobQueued: () => void;
  /** Serializes uploads of the same artifact within this process. */
  uploadLock: KeyedLock;
  /** Encoded chart datasets by content hash and format. */
  responseCache: ResponseCache;
}
