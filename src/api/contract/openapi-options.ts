/** The parts of the OpenAPI document that no route contributes. */
export const openApiDefinition = {
  openapi: "3.1.0",
  info: {
    title: "Scale-Up DSP API",
    version: "1.0.0",
    summary: "Chart datasets of simulation runs, artifact uploads and processing jobs.",
    description: [
      "Simulators create runs, upload artifacts and queue processing; dashboards list runs and read chart datasets, specs, comparisons, lineage and parity results.",
      "",
      "**Authentication**: send `Authorization: Bearer <token>`. Each operation names the scope it needs in `x-required-scope`. `admin` grants every scope; `read` and `simulator:write` grant only themselves, so a simulator that also polls jobs needs both. Reads need a token unless the server runs with `DSP_PUBLIC_READS=true`.",
      "",
      "**Errors**: every error is an RFC 9457 problem document (`application/problem+json`) with a stable `type` URI.",
      "",
      '**Versioning**: `/v1` changes only compatibly. Deprecated operations send `Deprecation`, `Sunset` and `Link: rel="successor-version"` headers.',
    ].join("\n"),
    license: { name: "MIT", identifier: "MIT" },
  },
  servers: [
    {
      url: "http://127.0.0.1:8080",
      description: "A server started with `dsp serve` on its default address.",
    },
  ],
  tags: [
    { name: "Runs", description: "Simulation runs and their metadata." },
    { name: "Artifacts", description: "Uploading a run's files, resumably." },
    { name: "Jobs", description: "Processing and replay jobs with per-chart results." },
    { name: "Charts", description: "Chart datasets, specs, renders and comparisons." },
    { name: "Lineage", description: "OpenLineage events of a run's jobs." },
    { name: "Parity", description: "Comparisons with legacy chart outputs." },
    { name: "Tokens", description: "API token management." },
    { name: "Operations", description: "Health, readiness, metrics and the API contract." },
  ],
  components: {
    securitySchemes: {
      bearerAuth: {
        type: "http",
        scheme: "bearer",
        description: "An API token from `dsp token create` or POST /v1/tokens, such as `dsp_…`.",
      },
    },
  },
} as const;
