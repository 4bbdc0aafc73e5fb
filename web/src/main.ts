import { createDspClient, type DspClient } from "../../sdk/index.ts";
import { finalizeViews } from "./charts/render-vega-lite.ts";
import { button, element, errorMessage } from "./dom.ts";
import { parseRoute, type Route } from "./route.ts";
import { forgetToken, readToken, takeTokenFromUrl } from "./session-token.ts";
import "./styles.css";
import { compareView } from "./views/compare-view.ts";
import { describeError, needsToken } from "./views/describe-error.ts";
import { lineageView } from "./views/lineage-view.ts";
import { runListView } from "./views/run-list-view.ts";
import { runView } from "./views/run-view.ts";
import { tokenForm } from "./views/token-form.ts";

const app = document.querySelector<HTMLElement>("#app");
const session = document.querySelector<HTMLElement>("#session");
/** Counts page loads, so a slow page that finishes after a newer one does not replace it. */
let pageLoads = 0;

function buildPage(client: DspClient, route: Route): Promise<HTMLElement> {
  switch (route.view) {
    case "runs":
      return runListView(client, route);
    case "run":
      return runView(client, route.runId);
    case "lineage":
      return lineageView(client, route);
    case "compare":
      return compareView(client, route);
  }
}

function showSession(): void {
  if (readToken() === undefined) {
    session?.replaceChildren();
    return;
  }
  const forget = button("Forget token", () => {
    forgetToken();
    void showPage();
  });
  session?.replaceChildren(forget);
}

/** Shows the page of the current location hash, or the token form when the API needs one. */
async function showPage(): Promise<void> {
  if (app === null) {
    return;
  }
  const load = ++pageLoads;
  finalizeViews();
  showSession();
  app.setAttribute("aria-busy", "true");
  app.replaceChildren(element("p", { class: "loading" }, "Loading…"));

  const client = createDspClient({ baseUrl: window.location.origin, token: readToken() });
  let page: HTMLElement;
  try {
    page = await buildPage(client, parseRoute(window.location.hash));
  } catch (error) {
    page = needsToken(error)
      ? tokenForm(describeError(error), () => void showPage())
      : element("section", {}, errorMessage(describeError(error)));
  }
  if (load === pageLoads) {
    app.replaceChildren(page);
    app.removeAttribute("aria-busy");
  }
}

takeTokenFromUrl();
window.addEventListener("hashchange", () => void showPage());
void showPage();
