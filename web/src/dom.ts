/** A child of {@link element}: a node, text, or nothing. */
export type Child = Node | string | null | undefined | false;

/**
 * Creates an element with attributes and children. Attributes whose value is undefined are
 * left out. Strings become text nodes, so data is never parsed as markup.
 *
 * @example
 * element("a", { href: "#/runs/a" }, "run a")
 */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) {
      node.setAttribute(name, value);
    }
  }
  node.append(...children.filter((child): child is Node | string => Boolean(child)));
  return node;
}

/** Creates a button that calls `onClick` when pressed. */
export function button(
  label: string,
  onClick: (event: MouseEvent) => void,
  attributes: Record<string, string | undefined> = {},
): HTMLButtonElement {
  const node = element("button", { type: "button", ...attributes }, label);
  node.addEventListener("click", onClick);
  return node;
}

/** Creates a paragraph that shows an error message to the user. */
export function errorMessage(message: string): HTMLParagraphElement {
  return element("p", { class: "error", role: "alert" }, message);
}
