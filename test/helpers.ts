import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const repoRoot = fileURLToPath(new URL("../", import.meta.url));

/** The bundled OpenDC runs and the golden outputs their charts must match. */
export const opendcRuns = {
  carbon: {
    folder: join(repoRoot, "examples/opendc/carbon-demo"),
    golden: join(repoRoot, "test/fixtures/opendc/carbon-demo/golden"),
  },
  m3sa: {
    folder: join(repoRoot, "examples/opendc/m3sa"),
    golden: join(repoRoot, "test/fixtures/opendc/m3sa/golden"),
  },
};

/** Creates a temporary folder that is removed when the returned `remove` runs. */
export function temporaryFolder(prefix = "dsp-test-"): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}
