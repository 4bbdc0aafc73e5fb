import assert from "node:assert/strict";
import { describe, test } from "node:test";
import pl from "nodejs-polars";
import { rasterizeSvg, toPng } from "../../src/exports/png-export.ts";
import { toSvg } from "../../src/exports/svg-export.ts";
import { pointChart } from "./dataset-fixture.ts";

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Reads width and height from the IHDR chunk, which PNG requires to come first. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  assert.equal(Buffer.from(png.subarray(12, 16)).toString(), "IHDR");
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function svgOfText(text: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="30"><rect width="120" height="30" fill="white"/><text x="4" y="20" font-family="sans-serif" font-size="14">${text}</text></svg>`;
}

describe("toPng", () => {
  test("PNG of the chart SVG at its size", async () => {
    const chart = pointChart([
      { name: "x", dtype: "Float64" },
      { name: "y", dtype: "Float64" },
    ]);
    const df = pl.DataFrame({ x: [1, 2, 3], y: [2, 3, 1] });

    const png = await toPng(df, chart);
    const svg = await toSvg(df, chart);

    assert.deepEqual([...png.subarray(0, 8)], pngSignature);
    const { width, height } = pngSize(png);
    assert.equal(
      `${width}x${height}`,
      svg
        .match(/width="(\d+)" height="(\d+)"/)
        ?.slice(1)
        .join("x"),
    );
    assert.ok(width > 100, `width ${width}`);
    assert.ok(width < 2000, `width ${width}`);
    assert.ok(height > 100, `height ${height}`);
    assert.ok(height < 2000, `height ${height}`);
  });
});

describe("rasterizeSvg", () => {
  test("text renders with system fonts", async () => {
    const withText = await rasterizeSvg(svgOfText("Power (W)"));
    const withoutText = await rasterizeSvg(svgOfText(""));

    assert.notDeepEqual(withText, withoutText, "no system font found: text did not render");
  });
});
