// Generated from openapi/v1.json by `npm run sdk`. Do not edit.

export interface paths {
    "/docs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * API reference page
         * @description A self-contained HTML page built from the OpenAPI document; it loads nothing from the network.
         */
        get: operations["getApiReference"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness check
         * @description Returns 200 while the process serves requests; it does not touch the store.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prometheus metrics
         * @description Request counts and latencies by route template and status, job counts and durations by kind and status, and process metrics, in the Prometheus text format.
         */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * OpenAPI document
         * @description The OpenAPI 3.1 document of this server, as committed in openapi/v1.json.
         */
        get: operations["getOpenApiDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness check
         * @description Returns 200 when the store answers and every migration is applied, else a 503 problem.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/charts/{chartId}/compare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Compare a chart across runs
         * @description Aligns the chart's datasets of two to ten runs on the key columns (every non-float column) and returns each float column per run with its difference from the first run.
         */
        get: operations["compareChart"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a job
         * @description Returns a job's status and one result per chart processed so far.
         */
        get: operations["getJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List runs
         * @description Lists runs newest first, filtered, one page at a time.
         */
        get: operations["listRuns"];
        put?: never;
        /**
         * Create a run
         * @description Creates a run in status `created` with an empty folder for uploads. The simulator then uploads artifacts and marks the run complete.
         */
        post: operations["createRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runs/{runId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a run
         * @description Returns a run with its jobs.
         */
        get: operations["getRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runs/{runId}/artifacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a run's artifacts */
        get: operations["listArtifacts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runs/{runId}/artifacts/{path}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Upload an artifact
         * @description Uploads one artifact file, streamed to disk and flushed before the reply.
         *
         *     **Whole upload**: send the file as the body. An interrupted transfer keeps nothing; send it again.
         *
         *     **Resumable upload**: send chunks with `Content-Range: bytes <first>-<last>/<total>`, in order. Each acknowledged chunk is durable. After an interruption, `HEAD` the same path and continue from `Upload-Offset`; a chunk at byte 0 starts over.
         *
         *     **Checksums**: `Content-Digest` or `Digest` cover the bytes of this request; `Repr-Digest` or `X-Checksum-SHA256` cover the whole artifact and are checked when the last byte arrives. A mismatch is 422 and keeps nothing of the failed request.
         *
         *     Artifacts are immutable: the same path with the same content again is 200, with other content 409.
         */
        put: operations["uploadArtifact"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runs/{runId}/charts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a run's charts
         * @description Lists the current dataset of every chart computed for the run.
         */
        get: operations["listCharts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runs/{runId}/charts/{chartId}/dataset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a chart dataset
         * @description Returns the current dataset of a chart as JSON (default), CSV, Arrow IPC or Parquet, chosen by `?format=` or else by `Accept`. JSON and CSV are streamed.
         */
        get: operations["getChartDataset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runs/{runId}/charts/{chartId}/render": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Render a chart
         * @description Renders the chart's Vega-Lite spec with its dataset to SVG (default) or PNG, chosen by `?format=` or else by `Accept`.
         */
        get: operations["renderChart"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runs/{runId}/charts/{chartId}/spec": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a chart's Vega-Lite spec
         * @description Returns the chart's Vega-Lite spec with the dataset rows inline in `data.values`.
         */
        get: operations["getChartSpec"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runs/{runId}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a run's upload complete
         * @description Freezes the run's artifacts and queues a job that computes every chart of its pack. 409 when the run has no artifacts, has an upload still in progress, or was completed before.
         */
        post: operations["completeRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runs/{runId}/datasets/{chartId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a chart dataset (deprecated path)
         * @deprecated
         * @description Deprecated alias of GET /v1/runs/{runId}/charts/{chartId}/dataset; responses carry Deprecation, Sunset and Link headers.
         */
        get: operations["getChartDatasetLegacy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runs/{runId}/lineage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a run's lineage events
         * @description Returns the OpenLineage run events (START, COMPLETE, FAIL) of the run's jobs, oldest first.
         */
        get: operations["listLineage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runs/{runId}/parity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a run's parity results
         * @description Returns the comparisons of the run's chart datasets with legacy outputs.
         */
        get: operations["listParity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runs/{runId}/replays": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replay charts of a run
         * @description Queues a job that computes the chosen charts again from the run's artifacts. The job's results carry the new and the previous content hash, so a replay proves that a dataset is reproducible.
         */
        post: operations["replayCharts"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List API tokens */
        get: operations["listTokens"];
        put?: never;
        /**
         * Create an API token
         * @description Creates a token and returns its secret once; only the secret's SHA-256 is stored.
         */
        post: operations["createToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tokens/{tokenId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API token
         * @description Revokes a token; requests with it fail with 401 from then on.
         */
        delete: operations["revokeToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Artifact: {
            path: string;
            /** @description SHA-256 as 64 lowercase hex digits. */
            sha256: string;
            /** @description Size in bytes. */
            size: number;
        };
        ArtifactList: {
            /** @description Complete artifacts by path. */
            artifacts: components["schemas"]["Artifact"][];
            /** @description Uploads that started with Content-Range and are not complete yet. */
            partial: {
                offset: number;
                path: string;
            }[];
            /**
             * @description Run id: a letter or digit, then up to 127 letters, digits, `.`, `_` or `-`.
             * @example opendc-2025-01-31-a
             */
            runId: string;
        };
        ArtifactUpload: {
            /** @description True once every byte arrived and the checksum is verified. */
            complete: boolean;
            /** @description Bytes stored so far; a resumed upload continues from here. */
            offset: number;
            path: string;
            /** @description SHA-256 of the whole artifact; null until it is complete. */
            sha256: string | null;
            /** @description Total size in bytes, once known. */
            size: number | null;
        };
        ChartComparison: {
            /**
             * @description Stable chart id from the run's chart pack.
             * @example host-power
             */
            chartId: string;
            /** @description Columns rows are aligned on: every column that is not a float. */
            keyColumns: string[];
            rows: {
                /** @description Per value column and run, the value minus the first run's value. */
                differences: {
                    [key: string]: (string | number | boolean | null)[];
                };
                key: {
                    [key: string]: string | number | boolean | null;
                };
                /** @description Per value column, one entry per run in request order; null where a run lacks the row. */
                values: {
                    [key: string]: (string | number | boolean | null)[];
                };
            }[];
            runs: {
                chartVersion: number;
                contentHash: string;
                revision: number;
                rows: number;
                /**
                 * @description Run id: a letter or digit, then up to 127 letters, digits, `.`, `_` or `-`.
                 * @example opendc-2025-01-31-a
                 */
                runId: string;
            }[];
            /** @description Float columns that are compared. */
            valueColumns: string[];
        };
        ChartList: {
            charts: components["schemas"]["ChartSummary"][];
            /**
             * @description Run id: a letter or digit, then up to 127 letters, digits, `.`, `_` or `-`.
             * @example opendc-2025-01-31-a
             */
            runId: string;
        };
        ChartResult: {
            /**
             * @description Stable chart id from the run's chart pack.
             * @example host-power
             */
            chartId: string;
            chartVersion: number;
            contentHash: string | null;
            durationMs: number;
            error: {
                code: string;
                details?: {
                    [key: string]: unknown;
                };
                message: string;
            } | null;
            previousHash: string | null;
            rows: number | null;
            status: "succeeded" | "failed" | "skipped";
        };
        ChartSummary: {
            /** Format: date-time */
            createdAt: string;
            /** @description Content hash of the dataset's canonical encoding. */
            hash: string;
            /**
             * @description Stable chart id from the run's chart pack.
             * @example host-power
             */
            id: string;
            /** @description Publication count of this chart on this run, from 1. */
            revision: number;
            rows: number;
            title: string;
            /** @description Chart version the dataset was made with. */
            version: number;
        };
        CreatedToken: {
            /** @description The bearer token. It is shown once and never stored. */
            secret: string;
            token: components["schemas"]["Token"];
        };
        DatasetColumn: {
            /** @description Polars data type name. */
            dtype: string;
            name: string;
            unit?: string;
        };
        DatasetJson: {
            /**
             * @description Stable chart id from the run's chart pack.
             * @example host-power
             */
            chart: string;
            /** @description One object per row, keyed by column. NaN and infinities are the strings `NaN`, `inf` and `-inf`; 64-bit integers beyond 2^53 are decimal strings. */
            rows: {
                [key: string]: unknown;
            }[];
            schema: components["schemas"]["DatasetColumn"][];
        };
        Health: {
            /** @enum {string} */
            status: "ok";
        };
        Job: {
            /** @description Charts a replay is limited to; empty for all. */
            charts: string[];
            /** Format: date-time */
            createdAt: string;
            error: string | null;
            finishedAt: string | null;
            /** @description Job id, as returned when the job was queued. */
            id: string;
            kind: "process" | "replay";
            /** @description One result per chart, filled in as the job runs. */
            results: components["schemas"]["ChartResult"][];
            /**
             * @description Run id: a letter or digit, then up to 127 letters, digits, `.`, `_` or `-`.
             * @example opendc-2025-01-31-a
             */
            runId: string;
            startedAt: string | null;
            status: "queued" | "running" | "succeeded" | "failed" | "partial";
        };
        LineageList: {
            events: {
                /** @description The OpenLineage run event as emitted. */
                event: {
                    [key: string]: unknown;
                };
                /** Format: date-time */
                eventTime: string;
                eventType: "START" | "COMPLETE" | "FAIL";
                /** @description Job id, as returned when the job was queued. */
                jobId: string;
            }[];
            /**
             * @description Run id: a letter or digit, then up to 127 letters, digits, `.`, `_` or `-`.
             * @example opendc-2025-01-31-a
             */
            runId: string;
        };
        ParityList: {
            results: {
                /**
                 * @description Stable chart id from the run's chart pack.
                 * @example host-power
                 */
                chartId: string;
                /** Format: date-time */
                createdAt: string;
                /** @description Legacy output file the dataset was compared with. */
                legacyPath: string;
                passed: boolean;
                report: {
                    [key: string]: unknown;
                };
            }[];
            /**
             * @description Run id: a letter or digit, then up to 127 letters, digits, `.`, `_` or `-`.
             * @example opendc-2025-01-31-a
             */
            runId: string;
        };
        Problem: {
            /** @description Semantic error code, such as `invalid_input`. */
            code: string;
            /** @description What failed on which value, and what to do next. */
            detail: string;
            errors?: components["schemas"]["ProblemIssue"][];
            expected?: string;
            /** @description The request field that failed. */
            field?: string;
            fix?: string;
            /** @description Path of the request that failed. */
            instance: string;
            /** @description Request id, also sent as the X-Request-Id header. */
            requestId: string;
            status: number;
            /** @description Short summary of the kind of problem. */
            title: string;
            /**
             * Format: uri
             * @description Stable URI naming the kind of problem.
             * @example https://scale-up-dsp.dev/problems/validation
             */
            type: string;
            /** @description The value received for `field`. */
            value?: unknown;
        };
        ProblemIssue: {
            /** @description Where the check failed, such as `body.metadata.labels`. */
            field: string;
            message: string;
            /** @description The value received, when there is one. */
            value?: unknown;
        };
        Readiness: {
            /** @enum {string} */
            status: "ready";
            store: {
                kind: string;
                migrationsApplied: boolean;
                pending: string[];
                reachable: boolean;
            };
        };
        Run: {
            /** Format: date-time */
            createdAt: string;
            /**
             * @description Run id: a letter or digit, then up to 127 letters, digits, `.`, `_` or `-`.
             * @example opendc-2025-01-31-a
             */
            id: string;
            metadata: components["schemas"]["RunMetadata"];
            /** @description Chart pack that processes the run. */
            pack: string;
            status: components["schemas"]["RunStatus"];
            /** Format: date-time */
            updatedAt: string;
        };
        RunDetail: {
            /** @description The run's jobs, oldest first. */
            jobs: components["schemas"]["Job"][];
            run: components["schemas"]["Run"];
        };
        RunMetadata: {
            /**
             * Format: date-time
             * @description Simulation end.
             */
            endedAt?: string;
            /** @description Free key-value labels; keys use letters, digits, `.`, `_`, `/` or `-`. */
            labels?: {
                [key: string]: string;
            };
            scenario?: string;
            simulator?: string;
            simulatorVersion?: string;
            /**
             * Format: date-time
             * @description Simulation start.
             */
            startedAt?: string;
        };
        RunPage: {
            /** @description Pass as `cursor` for the next page; null on the last page. */
            nextCursor: string | null;
            runs: components["schemas"]["Run"][];
        };
        /** @description `created`: receiving uploads. `queued` and `processing`: a job works on it. `succeeded`, `failed`, `partial`: the outcome of its latest processing job. */
        RunStatus: "created" | "queued" | "processing" | "succeeded" | "failed" | "partial";
        Token: {
            /** Format: date-time */
            createdAt: string;
            id: string;
            lastUsedAt: string | null;
            name: string;
            revokedAt: string | null;
            scopes: components["schemas"]["TokenScope"][];
        };
        TokenList: {
            tokens: components["schemas"]["Token"][];
        };
        /** @description `read`: read runs, charts and jobs. `simulator:write`: create runs, upload artifacts, queue jobs. `admin`: everything, including tokens. */
        TokenScope: "read" | "simulator:write" | "admin";
        /** @description A Vega-Lite v5 specification. */
        VegaLiteSpec: {
            [key: string]: unknown;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getApiReference: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The HTML page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Alive. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Metrics in the Prometheus text format 0.0.4. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOpenApiDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Service unavailable */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    compareChart: {
        parameters: {
            query: {
                /**
                 * @description Two to ten comma-separated run ids; differences are against the first.
                 * @example run-a,run-b
                 */
                runs: string;
            };
            header?: never;
            path: {
                /**
                 * @description Stable chart id from the run's chart pack.
                 * @example host-power
                 */
                chartId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The aligned rows. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChartComparison"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Insufficient scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request cannot be processed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Job id, as returned when the job was queued. */
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job and its chart results. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Insufficient scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRuns: {
        parameters: {
            query?: {
                status?: components["schemas"]["RunStatus"];
                pack?: string;
                simulator?: string;
                /** @description Case-insensitive substring of the run id, scenario or simulator. */
                search?: string;
                /**
                 * @description A label as `key:value`; only runs with that label are listed.
                 * @example team:storage
                 */
                label?: string;
                limit?: number;
                /** @description `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of runs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunPage"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Insufficient scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createRun: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Run id: a letter or digit, then up to 127 letters, digits, `.`, `_` or `-`.
                     * @example opendc-2025-01-31-a
                     */
                    id?: string;
                    metadata?: components["schemas"]["RunMetadata"];
                    /**
                     * @description Chart pack name; `opendc` when absent.
                     * @default opendc
                     */
                    pack?: string;
                };
            };
        };
        responses: {
            /** @description The new run. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Run"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Insufficient scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Run id: a letter or digit, then up to 127 letters, digits, `.`, `_` or `-`.
                 * @example opendc-2025-01-31-a
                 */
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run and its jobs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunDetail"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Insufficient scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listArtifacts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Run id: a letter or digit, then up to 127 letters, digits, `.`, `_` or `-`.
                 * @example opendc-2025-01-31-a
                 */
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Complete and partial artifacts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArtifactList"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Insufficient scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    uploadArtifact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Run id: a letter or digit, then up to 127 letters, digits, `.`, `_` or `-`.
                 * @example opendc-2025-01-31-a
                 */
                runId: string;
                /** @description Artifact path inside the run folder, `/`-separated, such as `raw-output/s1/seed=0/host.parquet`. */
                path: string;
            };
            cookie?: never;
        };
        /** @description The artifact bytes. */
        requestBody: {
            content: {
                "application/octet-stream": unknown;
            };
        };
        responses: {
            /** @description Identical artifact already stored, or a chunk stored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArtifactUpload"];
                };
            };
            /** @description Artifact stored. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArtifactUpload"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Insufficient scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request cannot be processed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCharts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Run id: a letter or digit, then up to 127 letters, digits, `.`, `_` or `-`.
                 * @example opendc-2025-01-31-a
                 */
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run's charts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChartList"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Insufficient scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getChartDataset: {
        parameters: {
            query?: {
                /** @description Overrides the Accept header. */
                format?: "json" | "csv" | "arrow" | "parquet";
            };
            header?: never;
            path: {
                /**
                 * @description Run id: a letter or digit, then up to 127 letters, digits, `.`, `_` or `-`.
                 * @example opendc-2025-01-31-a
                 */
                runId: string;
                /**
                 * @description Stable chart id from the run's chart pack.
                 * @example host-power
                 */
                chartId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dataset in the chosen format. `ETag` is the content hash and format. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatasetJson"];
                    "application/vnd.apache.arrow.file": string;
                    "application/vnd.apache.parquet": string;
                    "text/csv": string;
                };
            };
            /** @description Not modified. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Insufficient scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not acceptable */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    renderChart: {
        parameters: {
            query?: {
                /** @description Overrides the Accept header; SVG when neither is given. */
                format?: "svg" | "png";
            };
            header?: never;
            path: {
                /**
                 * @description Run id: a letter or digit, then up to 127 letters, digits, `.`, `_` or `-`.
                 * @example opendc-2025-01-31-a
                 */
                runId: string;
                /**
                 * @description Stable chart id from the run's chart pack.
                 * @example host-power
                 */
                chartId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rendered chart. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                    "image/svg+xml": string;
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Insufficient scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not acceptable */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Request cannot be processed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getChartSpec: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Run id: a letter or digit, then up to 127 letters, digits, `.`, `_` or `-`.
                 * @example opendc-2025-01-31-a
                 */
                runId: string;
                /**
                 * @description Stable chart id from the run's chart pack.
                 * @example host-power
                 */
                chartId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Vega-Lite spec. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VegaLiteSpec"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Insufficient scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completeRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Run id: a letter or digit, then up to 127 letters, digits, `.`, `_` or `-`.
                 * @example opendc-2025-01-31-a
                 */
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The queued processing job. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Insufficient scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getChartDatasetLegacy: {
        parameters: {
            query?: {
                /** @description Overrides the Accept header. */
                format?: "json" | "csv" | "arrow" | "parquet";
            };
            header?: never;
            path: {
                /**
                 * @description Run id: a letter or digit, then up to 127 letters, digits, `.`, `_` or `-`.
                 * @example opendc-2025-01-31-a
                 */
                runId: string;
                /**
                 * @description Stable chart id from the run's chart pack.
                 * @example host-power
                 */
                chartId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The dataset in the chosen format. `ETag` is the content hash and format. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DatasetJson"];
                    "application/vnd.apache.arrow.file": string;
                    "application/vnd.apache.parquet": string;
                    "text/csv": string;
                };
            };
            /** @description Not modified. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Insufficient scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not acceptable */
            406: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLineage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Run id: a letter or digit, then up to 127 letters, digits, `.`, `_` or `-`.
                 * @example opendc-2025-01-31-a
                 */
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The lineage events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LineageList"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Insufficient scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listParity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Run id: a letter or digit, then up to 127 letters, digits, `.`, `_` or `-`.
                 * @example opendc-2025-01-31-a
                 */
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The parity results. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParityList"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Insufficient scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replayCharts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Run id: a letter or digit, then up to 127 letters, digits, `.`, `_` or `-`.
                 * @example opendc-2025-01-31-a
                 */
                runId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Chart ids of the run's pack to compute again. */
                    charts: string[];
                };
            };
        };
        responses: {
            /** @description The queued replay job. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Insufficient scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflict with the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every token, without secrets. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenList"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Insufficient scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    scopes: components["schemas"]["TokenScope"][];
                };
            };
        };
        responses: {
            /** @description The token and its secret. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedToken"];
                };
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Insufficient scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tokenId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Authentication required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Insufficient scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
