/** The fields of a Vega scenegraph mark that counting reads. */
export interface SceneMark {
  marktype: string;
  role?: string;
  name?: string;
  items: SceneMarkItem[];
}

interface SceneMarkItem {
  /** The child marks of a group item. */
  items?: SceneMark[];
}

/** Marks drawn by a chart's data, with the items each draws. */
export interface DrawnMark {
  /** The Vega mark name, such as `marks` or `layer_1_marks`. */
  name: string;
  marktype: string;
  items: number;
}

/** Mark groups that draw guides, not data. */
const guideRoles = new Set(["axis", "legend", "title"]);

function collect(mark: SceneMark, drawn: Map<string, DrawnMark>): void {
  if (mark.marktype === "group") {
    if (guideRoles.has(mark.role ?? "")) {
      return;
    }
    for (const item of mark.items) {
      for (const child of item.items ?? []) {
        collect(child, drawn);
      }
    }
    return;
  }
  if (mark.role !== "mark") {
    return;
  }

  // A mark repeats once per facet or series group, so its items add up across the groups.
  const name = mark.name ?? mark.marktype;
  const entry = drawn.get(name) ?? { name, marktype: mark.marktype, items: 0 };
  entry.items += mark.items.length;
  drawn.set(name, entry);
}

/**
 * Counts the items each data mark of a rendered Vega view drew, in spec order. A line mark
 * draws one item per point and a bar or point mark one per row, so for a chart without
 * aggregation every count equals the dataset's row count.
 */
export function countDrawnMarks(root: SceneMark): DrawnMark[] {
  const drawn = new Map<string, DrawnMark>();
  collect(root, drawn);
  return [...drawn.values()];
}
