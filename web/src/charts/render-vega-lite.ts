import type { Loader, View } from "vega";
import embed, { type Result, type VisualizationSpec } from "vega-embed";
import type { VegaLiteSpec } from "../dashboard-api.ts";
import { countDrawnMarks, type SceneMark } from "./count-drawn-marks.ts";

/** Embeds on the current page, which {@link finalizeViews} releases when the page changes. */
const activeEmbeds = new Set<Result>();
/** The embed drawn in each container, released when the container draws another chart. */
const embedOfContainer = new WeakMap<HTMLElement, Result>();

function rejectExternalData(uri: string): Promise<never> {
  return Promise.reject(new Error(`Charts must inline their data, but the spec requests ${uri}.`));
}

/**
 * A Vega loader that loads nothing, because the API inlines each chart's rows as
 * `data.values` and a `data.url` would be fetched without the bearer token.
 */
const inlineDataLoader: Loader = {
  load: rejectExternalData,
  sanitize: rejectExternalData,
  http: rejectExternalData,
  file: rejectExternalData,
};

/** Gives a spec without its own width the container's width, so charts fill their card. */
function fitWidth(spec: VegaLiteSpec): VegaLiteSpec {
  if ("width" in spec || "facet" in spec || "concat" in spec) {
    return spec;
  }
  return { ...spec, width: "container", autosize: { type: "fit-x", contains: "padding" } };
}

function release(container: HTMLElement): void {
  const previous = embedOfContainer.get(container);
  if (previous !== undefined) {
    previous.finalize();
    activeEmbeds.delete(previous);
    embedOfContainer.delete(container);
  }
}

/**
 * Renders a Vega-Lite spec into `container` as SVG with vega-embed, without the actions menu.
 * The container's `data-points` is then the item count of the first data mark, which is one
 * per row for line, bar and point marks. `data-mark-points` lists `name:count` for every mark.
 */
export async function renderVegaLite(container: HTMLElement, spec: VegaLiteSpec): Promise<View> {
  release(container);
  const result = await embed(container, fitWidth(spec) as VisualizationSpec, {
    mode: "vega-lite",
    renderer: "svg",
    actions: false,
    loader: inlineDataLoader,
  });
  activeEmbeds.add(result);
  embedOfContainer.set(container, result);

  // vega-typings declares scenegraph() as a Scene, but vega 6 returns a Scenegraph with `root`.
  const root = (result.view.scenegraph() as unknown as { root: SceneMark }).root;
  const marks = countDrawnMarks(root);
  container.dataset.points = String(marks[0]?.items ?? 0);
  container.dataset.markPoints = marks.map((mark) => `${mark.name}:${mark.items}`).join(" ");
  return result.view;
}

/** Releases the embeds of the previous page, with their views and event listeners. */
export function finalizeViews(): void {
  for (const result of activeEmbeds) {
    result.finalize();
  }
  activeEmbeds.clear();
}
