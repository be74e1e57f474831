import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import { sessionsByStatus } from './status.ts';

export interface Metrics {
  registry: Registry;
  httpDuration: Histogram<'method' | 'route' | 'status'>;
  jobDuration: Histogram<'job' | 'outcome'>;
  jobWait: Histogram<'job'>;
  jobsTotal: Counter<'job' | 'outcome'>;
}

/** One registry per process: HTTP latency, job durations, and queue depth read at scrape time. */
export function createMetrics(source?: { queue: JobQueue; db: Kysely<DB> }): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const httpDuration = new Histogram({
    name: 'insession_http_request_duration_seconds',
    help: 'HTTP request latency by route',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const jobDuration = new Histogram({
    name: 'insession_job_duration_seconds',
    help: 'Job attempt duration by job name and outcome',
    labelNames: ['job', 'outcome'] as const,
    buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60, 300, 900],
    registers: [registry],
  });
  const jobWait = new Histogram({
    name: 'insession_job_wait_seconds',
    help: 'Time from enqueue to start of an attempt, by job name',
    labelNames: ['job'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5, 30],
    registers: [registry],
  });
  const jobsTotal = new Counter({
    name: 'insession_jobs_total',
    help: 'Job attempts by job name and outcome',
    labelNames: ['job', 'outcome'] as const,
    registers: [registry],
  });
  if (source) {
    const { queue, db } = source;
    new Gauge({
      name: 'insession_queue_depth',
      help: 'Jobs waiting (state=queued) or running (state=active), per queue',
      labelNames: ['queue', 'state'] as const,
      registers: [registry],
      async collect() {
        for (const d of await queue.depth()) {
          this.set({ queue: d.name, state: 'queued' }, d.queued);
          this.set({ queue: d.name, state: 'active' }, d.active);
        }
      },
    });
    new Gauge({
      name: 'insession_sessions',
      help: 'Sessions per status (pipeline stage)',
      labelNames: ['status'] as const,
      registers: [registry],
      async collect() {
        this.reset();
        for (const [status, n] of Object.entries(await sessionsByStatus(db))) this.set({ status }, n);
      },
    });
  }
  return { registry, httpDuration, jobDuration, jobWait, jobsTotal };
}
