import { parse, View } from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import type { VegaLiteSpec } from "../dashboard-api.ts";
import { countDrawnMarks, type SceneMark } from "./count-drawn-marks.ts";

/** Views on the current page; {@link finalizeViews} releases them when the page changes. */
const activeViews = new Set<View>();
/** The view drawn in each container, released when the container draws another chart. */
const viewOfContainer = new WeakMap<HTMLElement, View>();

/** Gives a spec without its own width the container's width, so charts fill their card. */
function fitWidth(spec: VegaLiteSpec): VegaLiteSpec {
  if ("width" in spec || "facet" in spec || "concat" in spec) {
    return spec;
  }
  return { ...spec, width: "container", autosize: { type: "fit-x", contains: "padding" } };
}

/**
 * Renders a Vega-Lite spec into `container` as SVG and records what it drew:
 * `data-points` is the item count of the first data mark (one per row for line, bar and
 * point marks), and `data-mark-points` lists `name:count` for every data mark.
 */
export async function renderVegaLite(container: HTMLElement, spec: VegaLiteSpec): Promise<View> {
  const compiled = compile(fitWidth(spec) as unknown as TopLevelSpec).spec;
  const previous = viewOfContainer.get(container);
  if (previous !== undefined) {
    previous.finalize();
    activeViews.delete(previous);
  }
  const view = new View(parse(compiled), { renderer: "svg", container, hover: true });
  activeViews.add(view);
  viewOfContainer.set(container, view);
  await view.runAsync();

  // vega-typings declares scenegraph() as a Scene, but vega 6 returns a Scenegraph with `root`.
  const root = (view.scenegraph() as unknown as { root: SceneMark }).root;
  const marks = countDrawnMarks(root);
  container.dataset.points = String(marks[0]?.items ?? 0);
  container.dataset.markPoints = marks.map((mark) => `${mark.name}:${mark.items}`).join(" ");
  return view;
}

/** Releases the views of the previous page, with their event listeners. */
export function finalizeViews(): void {
  for (const view of activeViews) {
    view.finalize();
  }
  activeViews.clear();
}
