/** sessionStorage key of the API token, so it lasts as long as the browser tab. */
const storageKey = "dsp.token";

/** Returns the stored API token, or undefined when the user has not entered one. */
export function readToken(): string | undefined {
  return sessionStorage.getItem(storageKey) ?? undefined;
}

/** Stores the API token for this tab. */
export function saveToken(token: string): void {
  sessionStorage.setItem(storageKey, token);
}

/** Removes the stored API token. */
export function forgetToken(): void {
  sessionStorage.removeItem(storageKey);
}

/**
 * Moves a `?token=` query parameter into sessionStorage and removes it from the address bar,
 * so the link `dsp demo` prints works once and the token stays out of the browser history.
 */
export function takeTokenFromUrl(): void {
  const url = new URL(window.location.href);
  const token = url.searchParams.get("token");
  if (token === null) {
    return;
  }
  if (token !== "") {
    saveToken(token);
  }
  url.searchParams.delete("token");
  window.history.replaceState(null, "", url);
}
