import { Counter, collectDefaultMetrics, Histogram, Registry } from "prom-client";

/** Prometheus metrics of one server: HTTP requests, jobs and the Node process. */
export interface ServiceMetrics {
  registry: Registry;
  /** Counts a finished HTTP request and records its latency. */
  observeRequest(labels: { method: string; route: string; status: number }, seconds: number): void;
  /** Counts a finished job and records its duration. */
  observeJob(labels: { kind: string; status: string }, seconds: number): void;
}

/** Latency buckets in seconds, from 5 ms to 30 s: API reads through chart renders. */
const requestBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
/** Job duration buckets in seconds, from 100 ms to 1 h. */
const jobBuckets = [0.1, 0.5, 1, 5, 15, 30, 60, 120, 300, 900, 1800, 3600];

/**
 * Creates the metrics on a registry of their own, so that several servers in one process
 * (as in tests) do not share counters.
 */
export function createMetrics(): ServiceMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "dsp_" });

  const requests = new Counter({
    name: "dsp_http_requests_total",
    help: "HTTP requests by method, route template and status.",
    labelNames: ["method", "route", "status"],
    registers: [registry],
  });
  const latency = new Histogram({
    name: "dsp_http_request_duration_seconds",
    help: "HTTP request latency in seconds by method, route template and status.",
    labelNames: ["method", "route", "status"],
    buckets: requestBuckets,
    registers: [registry],
  });
  const jobs = new Counter({
    name: "dsp_jobs_total",
    help: "Finished jobs by kind and final status.",
    labelNames: ["kind", "status"],
    registers: [registry],
  });
  const jobDuration = new Histogram({
    name: "dsp_job_duration_seconds",
    help: "Job duration in seconds by kind and final status.",
    labelNames: ["kind", "status"],
    buckets: jobBuckets,
    registers: [registry],
  });

  return {
    registry,
    observeRequest(labels, seconds) {
      const values = { ...labels, status: String(labels.status) };
      requests.inc(values);
      latency.observe(values, seconds);
    },
    observeJob(labels, seconds) {
      jobs.inc(labels);
      jobDuration.observe(labels, seconds);
    },
  };
}
