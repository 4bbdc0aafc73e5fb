/**
 * The TypeScript client of the DSP's v1 HTTP API. `schema.d.ts` is generated from
 * `openapi/v1.json` by `npm run sdk`, and this file adds authentication and typed errors.
 *
 * @example
 * const dsp = createDspClient({ baseUrl: "http://127.0.0.1:8080", token: process.env.DSP_TOKEN });
 * const runs = await unwrap(dsp.api.GET("/v1/runs", { params: { query: { limit: 20 } } }));
 */
import createClient, { type Client } from "openapi-fetch";
import type { components, paths } from "./schema.d.ts";

export type { components, operations, paths } from "./schema.d.ts";

/** An RFC 9457 problem document as the API sends it. */
export type Problem = components["schemas"]["Problem"];

/** Options of {@link createDspClient}. */
export interface DspClientOptions {
  /** Server origin, such as `http://127.0.0.1:8080`, without `/v1`. */
  baseUrl: string;
  /** Bearer token, omitted for a server with public reads. */
  token?: string | undefined;
  /** Fetch implementation, the global one by default. */
  fetch?: typeof fetch;
}

/** A configured client: the typed API and the settings raw requests need. */
export interface DspClient {
  api: Client<paths>;
  baseUrl: string;
  /** Sends a request with the client's token, for binary bodies and downloads. */
  request(path: string, init?: RequestInit): Promise<Response>;
}

/** An error response of the API, with its problem document. */
export class DspApiError extends Error {
  readonly status: number;
  readonly problem: Problem | undefined;

  constructor(status: number, problem: Problem | undefined, fallback: string) {
    super(problem?.detail ?? problem?.title ?? fallback);
    this.name = "DspApiError";
    this.status = status;
    this.problem = problem;
  }
}

function authHeaders(token: string | undefined): Record<string, string> {
  return token === undefined ? {} : { authorization: `Bearer ${token}` };
}

/** Creates a client that sends the bearer token with every request. */
export function createDspClient(options: DspClientOptions): DspClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  const fetchImplementation = options.fetch ?? globalThis.fetch;
  const headers = authHeaders(options.token);
  const api = createClient<paths>({ baseUrl, headers, fetch: fetchImplementation });

  return {
    api,
    baseUrl,
    request: (path, init = {}) => {
      const merged = new Headers(init.headers);
      for (const [name, value] of Object.entries(headers)) {
        merged.set(name, value);
      }
      return fetchImplementation(`${baseUrl}${path}`, { ...init, headers: merged });
    },
  };
}

/** Returns the data of an openapi-fetch result, or throws a {@link DspApiError}. */
export async function unwrap<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  const { data, error, response } = await call;
  if (response.ok) {
    // openapi-fetch returns undefined data for a 204 or an empty body, as those operations declare.
    return data as T;
  }
  const problem =
    typeof error === "object" && error !== null && "type" in error ? (error as Problem) : undefined;
  throw new DspApiError(response.status, problem, `${response.status} ${response.statusText}`);
}

/** Throws a {@link DspApiError} for a raw response that is not 2xx, reading its problem document. */
export async function requireOk(response: Response): Promise<Response> {
  if (response.ok) {
    return response;
  }
  const text = await response.text();
  let problem: Problem | undefined;
  try {
    problem = JSON.parse(text) as Problem;
  } catch {
    problem = undefined;
  }
  throw new DspApiError(
    response.status,
    problem,
    `${response.status} ${response.statusText}: ${text.slice(0, 200)}`,
  );
}
