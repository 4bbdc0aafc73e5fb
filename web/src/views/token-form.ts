import { element } from "../dom.ts";
import { saveToken } from "../session-token.ts";

/**
 * Builds the form that requests an API token with the `read` scope and stores it for this
 * tab; `onSaved` runs once a token is entered.
 */
export function tokenForm(reason: string, onSaved: () => void): HTMLElement {
  const input = element("input", {
    type: "password",
    name: "token",
    autocomplete: "off",
    required: "",
    "aria-label": "API token",
  });
  const form = element(
    "form",
    { class: "token-form" },
    element("h2", {}, "API token"),
    element("p", {}, reason),
    element(
      "p",
      {},
      "An operator creates one with ",
      element("code", {}, "dsp token create --scope read"),
      ". The token is kept for this browser tab only.",
    ),
    input,
    " ",
    element("button", { type: "submit" }, "Use token"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    saveToken(input.value.trim());
    onSaved();
  });
  return form;
}
