import { execFile, spawn } from "node:child_process";
import { mkdtemp, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** A copy of the DSP at one git revision, runnable with the repository's installed packages. */
export interface DspSnapshot {
  root: string;
  commit: string;
  remove: () => Promise<void>;
}

/**
 * Extracts a git revision of the repository into a temporary folder, with `node_modules` and
 * `.runtime` linked from the repository, so a benchmark measures fixed code while files in the
 * working tree change. The packages are the working tree's, so a revision with other
 * dependencies than the installed ones may not run.
 */
export async function snapshotDsp(repoRoot: string, revision: string): Promise<DspSnapshot> {
  const commit = (
    await run("git", ["rev-parse", "--verify", `${revision}^{commit}`], { cwd: repoRoot })
  ).stdout.trim();
  const root = await mkdtemp(join(tmpdir(), "dsp-bench-snapshot-"));
  const remove = () => rm(root, { recursive: true, force: true });

  try {
    await new Promise<void>((resolve, reject) => {
      const archive = spawn("git", ["archive", commit], {
        cwd: repoRoot,
        stdio: ["ignore", "pipe", "inherit"],
      });
      const extract = spawn("tar", ["-x", "-C", root], { stdio: ["pipe", "inherit", "inherit"] });
      archive.stdout.pipe(extract.stdin);
      archive.on("error", reject);
      extract.on("error", reject);
      extract.on("close", (code) =>
        code === 0
          ? resolve()
          : reject(new Error(`Extracting ${commit} with tar failed (exit ${code}).`)),
      );
    });
    await symlink(join(repoRoot, "node_modules"), join(root, "node_modules"));
    await symlink(join(repoRoot, ".runtime"), join(root, ".runtime"));
  } catch (error) {
    await remove();
    throw error;
  }
  return { root, commit, remove };
}
