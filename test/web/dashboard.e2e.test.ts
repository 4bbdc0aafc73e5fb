import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { promisify } from "node:util";
import type { BrowserContext, Download, Page } from "playwright-core";
import {
  type components,
  createDspClient,
  type DspClient,
  requireOk,
  unwrap,
} from "../../sdk/index.ts";
import { hashFile } from "../../src/artifacts/hash-file.ts";
import { lines, runDsp } from "../cli/run-dsp.ts";
import { opendcRuns, repoRoot, temporaryFolder } from "../helpers.ts";
import { type DspServer, startDspServer } from "./dsp-server.ts";
import { type HeadlessChromium, launchChromium } from "./headless-chromium.ts";

type DatasetJson = components["schemas"]["DatasetJson"];

const scratch = temporaryFolder("dsp-dashboard-");
const store = join(scratch.path, "dsp.sqlite");
const screenshot = join(repoRoot, "test-results", "dashboard.png");
const demoRunIds = ["demo-opendc-carbon", "demo-opendc-m3sa"];
/** A second run of the m3sa example, so the compare page has two runs with the same charts. */
const secondM3sa = "m3sa-second";
/** A second run of the carbon example, compared with the demo's carbon run. */
const secondCarbon = "carbon-b";
/** Time allowed for a page to draw its charts, since the carbon run draws about 20,000 points. */
const drawTimeoutMs = 60_000;

let server: DspServer | undefined;
let chromium: HeadlessChromium | undefined;
let context: BrowserContext;
let page: Page;
let dsp: DspClient;
let token = "";
/** Every URL the dashboard pages requested, to check that none leaves the server's origin. */
const requestedUrls: string[] = [];

async function succeed(args: string[]): Promise<string> {
  const result = await runDsp(args, { store });
  assert.equal(result.code, 0, `dsp ${args.join(" ")} failed: ${result.stderr}`);
  return result.stdout;
}

/** Builds the dashboard from the current sources, as `npm run build:web` does after its type check. */
async function buildDashboard(): Promise<void> {
  const vite = join(repoRoot, "node_modules", "vite", "bin", "vite.js");
  await promisify(execFile)(process.execPath, [vite, "build", "--config", "web/vite.config.ts"], {
    cwd: repoRoot,
  });
}

async function waitForCharts(target: Page): Promise<void> {
  await target.waitForFunction(
    () => {
      const cards = Array.from(document.querySelectorAll<HTMLElement>(".chart-card"));
      return cards.length > 0 && cards.every((card) => card.dataset.state !== "loading");
    },
    undefined,
    { timeout: drawTimeoutMs },
  );
}

async function datasetRows(runId: string, chartId: string): Promise<number> {
  const response = await requireOk(
    await dsp.request(`/v1/runs/${runId}/charts/${chartId}/dataset?format=json`),
  );
  const dataset = (await response.json()) as DatasetJson;
  return dataset.rows.length;
}

async function downloadBytes(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFileSync(path);
}

before(async () => {
  await buildDashboard();
  await succeed(["demo", "--no-serve"]);
  await succeed(["process", opendcRuns.m3sa.folder, "--run-id", secondM3sa]);
  await succeed(["process", opendcRuns.carbon.folder, "--run-id", secondCarbon]);
  token = lines(await succeed(["token", "create", "--scope", "read"])).at(-1) ?? "";

  server = await startDspServer(store, { DSP_DATA_DIR: join(scratch.path, "runs") });
  dsp = createDspClient({ baseUrl: server.url, token });
  chromium = await launchChromium();
  context = await chromium.browser.newContext({
    acceptDownloads: true,
    viewport: { width: 1400, height: 1000 },
  });
  context.on("request", (request) => requestedUrls.push(request.url()));
  page = await context.newPage();
});

after(async () => {
  await context?.close().catch(() => undefined);
  await chromium?.stop();
  await server?.stop();
  scratch.remove();
});

describe("dashboard run list", () => {
  test("token link lists every run", async () => {
    await page.goto(`${server?.url}/?token=${token}`);
    await page.waitForSelector("table.runs tbody tr");

    const ids = await page
      .locator("table.runs tbody tr")
      .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-run-id")));
    assert.deepEqual([...ids].sort(), [...demoRunIds, secondM3sa, secondCarbon].sort());
    assert.equal(new URL(page.url()).searchParams.get("token"), null, "token left in the URL");
    const stored = await page.evaluate(() => sessionStorage.getItem("dsp.token"));
    assert.equal(stored, token);
  });

  test("search filters runs", async () => {
    await page.fill("input[name=search]", "M3SA");
    await page.click(".search-form button[type=submit]");
    await page.waitForFunction(() => window.location.hash.includes("search=M3SA"));
    await page.waitForSelector("table.runs tbody tr");

    const ids = await page
      .locator("table.runs tbody tr")
      .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-run-id")));
    assert.deepEqual([...ids].sort(), ["demo-opendc-m3sa", secondM3sa].sort());

    await page.click('table.runs tr[data-run-id="demo-opendc-m3sa"] a');
    await page.waitForSelector('.run-view[data-run-id="demo-opendc-m3sa"]');
    await waitForCharts(page);
    assert.equal(await page.locator(".chart-card[data-state=rendered]").count(), 4);
  });

  test("more button loads next page", async () => {
    await page.goto(`${server?.url}/#/?limit=3`);
    await page.waitForSelector("table.runs tbody tr");
    assert.equal(await page.locator("table.runs tbody tr").count(), 3);

    await page.click("button.more-runs");
    await page.waitForFunction(() => document.querySelectorAll("table.runs tbody tr").length === 4);
    assert.equal(await page.locator("button.more-runs").count(), 0, "More shown on the last page");
  });
});

describe("dashboard run page", () => {
  for (const runId of demoRunIds) {
    test(`${runId} draws every dataset row`, async () => {
      const charts = await unwrap(
        dsp.api.GET("/v1/runs/{runId}/charts", { params: { path: { runId } } }),
      );
      await page.goto(`${server?.url}/#/runs/${runId}`);
      await waitForCharts(page);

      const cards = page.locator(".chart-card");
      assert.equal(await cards.count(), charts.charts.length);
      for (const chart of charts.charts) {
        const card = page.locator(`.chart-card[data-chart-id="${chart.id}"]`);
        const plot = card.locator(".plot");
        const rows = await datasetRows(runId, chart.id);
        assert.equal(await card.getAttribute("data-state"), "rendered", chart.id);
        assert.equal(await plot.getAttribute("data-chart-id"), chart.id);

        // Every mark of these charts draws one item per row: line points, bars and symbols.
        const points = Number(await plot.getAttribute("data-points"));
        assert.ok(points > 0, `${chart.id} drew no points`);
        assert.equal(points, rows, `${chart.id} points`);
        const marks = (await plot.getAttribute("data-mark-points"))?.split(" ") ?? [];
        for (const mark of marks) {
          assert.equal(Number(mark.split(":")[1]), rows, `${chart.id} mark ${mark}`);
        }
      }
      if (runId === "demo-opendc-carbon") {
        mkdirSync(join(repoRoot, "test-results"), { recursive: true });
        await page.screenshot({ path: screenshot, fullPage: true });
      }
    });
  }

  test("export buttons download every format", async () => {
    await page.goto(`${server?.url}/#/runs/demo-opendc-m3sa`);
    await waitForCharts(page);
    const card = page.locator('.chart-card[data-chart-id="metamodel_power_draw"]');
    const files = new Map<string, Buffer>();
    for (const format of ["csv", "json", "parquet", "arrow", "svg", "png"]) {
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        card.locator(`button[data-export=${format}]`).click(),
      ]);
      assert.equal(download.suggestedFilename(), `demo-opendc-m3sa-metamodel_power_draw.${format}`);
      files.set(format, await downloadBytes(download));
    }

    assert.equal(String(files.get("csv")).split("\r\n")[0], "timestamp,power_draw");
    assert.equal((JSON.parse(String(files.get("json"))) as { rows: unknown[] }).rows.length, 3);
    assert.equal(files.get("parquet")?.subarray(0, 4).toString(), "PAR1");
    assert.equal(files.get("arrow")?.subarray(0, 6).toString(), "ARROW1");
    assert.match(String(files.get("svg")), /<svg[\s>]/);
    assert.deepEqual([...(files.get("png")?.subarray(0, 4) ?? [])], [0x89, 0x50, 0x4e, 0x47]);
  });
});

describe("dashboard compare and lineage", () => {
  test("compare draws both runs", async () => {
    await page.goto(`${server?.url}/#/runs/demo-opendc-m3sa`);
    await waitForCharts(page);
    const card = page.locator('.chart-card[data-chart-id="models_timeseries"]');
    await card.locator("select[name=compare-run]").selectOption(secondM3sa);
    await card.locator(".compare-form button[type=submit]").click();
    await page.waitForSelector(".compare-view[data-state=rendered]", { timeout: drawTimeoutMs });

    const rows = await datasetRows("demo-opendc-m3sa", "models_timeseries");
    const plot = page.locator(".compare-view .plot");
    assert.equal(await plot.getAttribute("data-compared-rows"), String(rows));
    assert.equal(Number(await plot.getAttribute("data-points")), 2 * rows);
    const differences = await page.locator(".comparison-runs .max-difference").allTextContents();
    assert.deepEqual(differences, ["baseline", "0"]);
    const rowDifferences = await page
      .locator(".aligned-rows td.difference")
      .evaluateAll((cells) => cells.map((cell) => cell.getAttribute("data-difference")));
    assert.equal(rowDifferences.length, rows);
    assert.ok(
      rowDifferences.every((difference) => difference === "0"),
      rowDifferences.join(" "),
    );
  });

  test("compare carbon runs shows zero differences", async () => {
    const chartId = "carbon_intensity_timeseries";
    const runIds = ["demo-opendc-carbon", secondCarbon];
    await page.goto(`${server?.url}/#/compare/${chartId}?runs=${runIds.join(",")}`);
    await page.waitForSelector(".compare-view[data-state=rendered]", { timeout: drawTimeoutMs });

    const rows = await datasetRows("demo-opendc-carbon", chartId);
    const plot = page.locator(".compare-view .plot");
    assert.equal(await plot.getAttribute("data-chart-id"), chartId);
    assert.equal(Number(await plot.getAttribute("data-points")), 2 * rows);
    const table = page.locator(".compare-view table.aligned-rows");
    assert.equal(await table.getAttribute("data-rows"), String(rows));

    const differences = await table
      .locator("td.difference")
      .evaluateAll((cells) => cells.map((cell) => cell.getAttribute("data-difference")));
    assert.equal(differences.length, Math.min(rows, 200));
    assert.ok(
      differences.every((difference) => difference === "0"),
      differences.join(" "),
    );
    const runSummary = await page.locator(".comparison-runs .max-difference").allTextContents();
    assert.deepEqual(runSummary, ["baseline", "0"]);
  });

  test("lineage lists input files with checksums", async () => {
    await page.goto(`${server?.url}/#/runs/demo-opendc-m3sa`);
    await waitForCharts(page);
    await page.locator('.chart-card[data-chart-id="metamodel_step"] a.lineage-link').click();
    await page.waitForSelector(".lineage-view table.lineage-inputs");
    const output = await page.locator(".lineage-output code").textContent();
    assert.equal(output, "runs/demo-opendc-m3sa/charts/metamodel_step");

    const inputs = await page.locator(".lineage-inputs tbody tr").evaluateAll((rows) =>
      rows.map((row) => ({
        path: row.getAttribute("data-path") ?? "",
        bytes: row.querySelector(".size")?.getAttribute("data-bytes") ?? "",
        sha256: row.querySelector(".sha256")?.textContent ?? "",
      })),
    );
    assert.ok(inputs.length > 0, "no input files listed");
    for (const input of inputs) {
      assert.ok(input.path.startsWith(opendcRuns.m3sa.folder), input.path);
      assert.equal(input.sha256, await hashFile(input.path), input.path);
      assert.equal(Number(input.bytes), readFileSync(input.path).length, input.path);
    }
  });
});

describe("dashboard without token", () => {
  test("token form unlocks the run list", async () => {
    const fresh = await chromium?.browser.newContext();
    assert.ok(fresh !== undefined);
    try {
      const anonymous = await fresh.newPage();
      await anonymous.goto(`${server?.url}/`);
      await anonymous.waitForSelector("form.token-form");
      assert.match(
        (await anonymous.locator("form.token-form").textContent()) ?? "",
        /bearer token/,
      );

      await anonymous.fill("input[name=token]", token);
      await anonymous.click("form.token-form button[type=submit]");
      await anonymous.waitForSelector("table.runs tbody tr");
      assert.equal(await anonymous.locator("table.runs tbody tr").count(), 4);
    } finally {
      await fresh.close();
    }
  });
});

describe("dashboard network", () => {
  test("requests stay on the server origin", () => {
    const origin = new URL(server?.url ?? "").origin;
    const external = requestedUrls.filter(
      (url) =>
        !url.startsWith("blob:") && !url.startsWith("data:") && new URL(url).origin !== origin,
    );
    assert.ok(requestedUrls.length > 0, "no requests recorded");
    assert.deepEqual(external, []);
  });
});
