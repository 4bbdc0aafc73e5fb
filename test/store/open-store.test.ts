import assert from "node:assert/strict";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { pathToFileURL } from "node:url";
import { openStore } from "../../src/store/open-store.ts";
import { defaultStorePath, parseStoreUrl } from "../../src/store/store-url.ts";
import { assertDspError } from "./store-test-helpers.ts";

describe("parseStoreUrl", () => {
  const cwd = "/srv/dsp";
  const accepted: [string, ReturnType<typeof parseStoreUrl>][] = [
    ["data/dsp.sqlite", { kind: "sqlite-file", path: "/srv/dsp/data/dsp.sqlite" }],
    ["/var/lib/dsp.sqlite", { kind: "sqlite-file", path: "/var/lib/dsp.sqlite" }],
    ["./a b.sqlite", { kind: "sqlite-file", path: "/srv/dsp/a b.sqlite" }],
    ["sqlite:data/dsp.sqlite", { kind: "sqlite-file", path: "/srv/dsp/data/dsp.sqlite" }],
    ["sqlite:/var/lib/dsp.sqlite", { kind: "sqlite-file", path: "/var/lib/dsp.sqlite" }],
    ["sqlite:///var/lib/dsp.sqlite", { kind: "sqlite-file", path: "/var/lib/dsp.sqlite" }],
    ["SQLITE:///var/lib/dsp.sqlite", { kind: "sqlite-file", path: "/var/lib/dsp.sqlite" }],
    ["sqlite:///var/lib/a%20b.sqlite", { kind: "sqlite-file", path: "/var/lib/a b.sqlite" }],
    ["sqlite://localhost/var/dsp.sqlite", { kind: "sqlite-file", path: "/var/dsp.sqlite" }],
    ["file:///var/lib/dsp.sqlite", { kind: "sqlite-file", path: "/var/lib/dsp.sqlite" }],
    ["file:/var/lib/dsp.sqlite", { kind: "sqlite-file", path: "/var/lib/dsp.sqlite" }],
    ["file:data/dsp.sqlite", { kind: "sqlite-file", path: "/srv/dsp/data/dsp.sqlite" }],
    [":memory:", { kind: "sqlite-memory" }],
    ["sqlite::memory:", { kind: "sqlite-memory" }],
    ["", { kind: "sqlite-file", path: join(cwd, defaultStorePath) }],
    ["  /padded.sqlite ", { kind: "sqlite-file", path: "/padded.sqlite" }],
  ];
  for (const [value, expected] of accepted) {
    test(`accepts ${JSON.stringify(value)}`, () => {
      assert.deepEqual(parseStoreUrl(value, cwd), expected);
    });
  }

  for (const value of ["postgres://dsp@db:5432/dsp", "postgresql://db/dsp", "POSTGRES://db/dsp"]) {
    test(`rejects PostgreSQL URL ${value}`, () => {
      assert.throws(
        () => parseStoreUrl(value, cwd),
        (error: Error & { code?: string }) =>
          error.code === "invalid_input" &&
          error.message.includes("PostgreSQL backend is not available yet") &&
          error.message.includes("SQLite path"),
      );
    });
  }

  test("hides the password of a PostgreSQL URL", () => {
    assert.throws(
      () => parseStoreUrl("postgres://dsp:hunter2@db/dsp", cwd),
      (error: Error & { details?: { value?: unknown } }) =>
        !error.message.includes("hunter2") &&
        error.message.includes("dsp:***@db") &&
        error.details?.value === "postgres://dsp:***@db/dsp",
    );
  });

  const rejected: [string, string][] = [
    ["mysql://db/dsp", 'the scheme "mysql:" is not supported'],
    ["http://127.0.0.1/dsp", 'the scheme "http:" is not supported'],
    ["sqlite://db-host/dsp.sqlite", "names a host"],
    ["file://db-host/dsp.sqlite", "names a host"],
    ["file:", "names no file"],
    ["sqlite:", "names no file"],
    ["file:///var/dsp.sqlite?mode=ro", "query parameters"],
    ["sqlite:dsp.sqlite?mode=ro", "query parameters"],
    ["file:bad%zz.sqlite", "percent escape"],
  ];
  for (const [value, reason] of rejected) {
    test(`rejects ${value}`, () => {
      assert.throws(
        () => parseStoreUrl(value, cwd),
        (error: Error & { code?: string }) =>
          error.code === "invalid_input" &&
          error.message.includes(reason) &&
          error.message.includes(`"${value}"`),
      );
    });
  }

  test("lists the accepted forms in the error", () => {
    assert.throws(() => parseStoreUrl("redis://x", cwd), /sqlite:\/\/\/absolute\/path.*:memory:/);
  });
});

describe("openStore", () => {
  let folder: string;
  const savedUrl = process.env.DSP_STORE_URL;
  const savedCwd = process.cwd();
  before(() => {
    folder = mkdtempSync(join(tmpdir(), "dsp-open-store-test-"));
  });
  after(() => {
    process.chdir(savedCwd);
    if (savedUrl === undefined) {
      delete process.env.DSP_STORE_URL;
    } else {
      process.env.DSP_STORE_URL = savedUrl;
    }
    rmSync(folder, { recursive: true, force: true });
  });

  test("opens and migrates a plain path, creating its folder", async () => {
    const file = join(folder, "nested", "deeper", "plain.sqlite");
    const store = await openStore(file);
    assert.equal(store.kind, "sqlite");
    assert.deepEqual(await store.ready(), {
      reachable: true,
      migrationsApplied: true,
      pending: [],
    });
    await store.createRun({ id: "run-1", pack: "opendc", folder: "/r" });
    await store.close();
    assert.ok(existsSync(file));
  });

  test("opens the same file through every URL form", async () => {
    const file = join(folder, "nested", "deeper", "plain.sqlite");
    const forms = [`sqlite:${file}`, `sqlite://${file}`, pathToFileURL(file).href];
    for (const url of forms) {
      const store = await openStore(url);
      assert.equal((await store.getRun("run-1"))?.id, "run-1", url);
      await store.close();
    }
  });

  test("opens a relative sqlite: path against the working directory", async () => {
    process.chdir(folder);
    const store = await openStore("sqlite:relative/store.sqlite");
    await store.close();
    assert.ok(existsSync(join(folder, "relative", "store.sqlite")));
  });

  test("reads DSP_STORE_URL when no argument is given", async () => {
    const file = join(folder, "from-env.sqlite");
    process.env.DSP_STORE_URL = `sqlite://${file}`;
    const store = await openStore();
    await store.close();
    assert.ok(existsSync(file));
  });

  test("uses .dsp/dsp.sqlite under the working directory by default", async () => {
    const home = mkdtempSync(join(folder, "default-"));
    process.chdir(home);
    delete process.env.DSP_STORE_URL;
    const store = await openStore();
    await store.close();
    assert.ok(existsSync(join(home, ".dsp", "dsp.sqlite")));
  });

  test("opens an in-memory store", async () => {
    const store = await openStore(":memory:");
    await store.createRun({ id: "run-mem", pack: "opendc", folder: "/m" });
    assert.equal((await store.getRun("run-mem"))?.id, "run-mem");
    await store.close();
  });

  test("rejects a PostgreSQL URL from DSP_STORE_URL", async () => {
    process.env.DSP_STORE_URL = "postgresql://db/dsp";
    await assertDspError(openStore(), "invalid_input", "PostgreSQL backend is not available yet");
  });

  test("reports a file that is not a SQLite database", async () => {
    const file = join(folder, "not-sqlite.sqlite");
    writeFileSync(file, "this is a text file, not a database ".repeat(200));
    await assertDspError(openStore(file), "unavailable", file);
  });

  test("reports a folder that cannot be created", async () => {
    const blocker = join(folder, "a-file");
    writeFileSync(blocker, "");
    await assertDspError(openStore(join(blocker, "store.sqlite")), "unavailable", blocker);
  });

  test("closed store reports further calls as unavailable", async () => {
    const store = await openStore(":memory:");
    await store.close();
    await store.close();
    await assertDspError(store.getRun("x"), "unavailable", "closed");
  });
});
