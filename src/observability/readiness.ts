import type { Store } from "../store/store.ts";

/** Result of a readiness check: ready only when the store answers and is migrated. */
export interface Readiness {
  ready: boolean;
  store: { kind: string; reachable: boolean; migrationsApplied: boolean; pending: string[] };
  /** Why the store could not be asked, for the log. */
  error?: unknown;
}

/** Asks the store whether it answers and is fully migrated; a thrown error means unreachable. */
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
