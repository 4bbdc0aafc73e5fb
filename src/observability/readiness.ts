import type { Store } from "../store/store.ts";

/** Result of a readiness check: ready only when the store is reachable and migrated. */
export interface Readiness {
  ready: boolean;
  store: { kind: string; reachable: boolean; migrationsApplied: boolean; pending: string[] };
  /** Error that made the store unreachable, for the log. */
  error?: unknown;
}

/** Checks that the store is reachable and fully migrated. A thrown error counts as unreachable. */
export async function checkReadiness(store: Store): Promise<Readiness> {
  try {
    const state = await store.ready();
    return {
      ready: state.reachable && state.migrationsApplied,
      store: { kind: store.kind, ...state },
    };
  } catch (error) {
    return {
      ready: false,
      store: { kind: store.kind, reachable: false, migrationsApplied: false, pending: [] },
      error,
    };
  }
}
