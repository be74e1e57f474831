import { z } from 'zod';
import type { JobHandler } from './job-handler.ts';
import { STAGE_NAMES, type StageName } from './pipeline.ts';

// Every job the system runs: name → zod payload schema → lazily imported handler. Lazy imports keep
// speech and language-model code out of the API process until a worker actually runs such a job.

const requestId = z.string().min(1).max(200);
const sessionPayload = z.object({ sessionId: z.uuid(), requestId });
const probePayload = z.object({
  /** Groups the rows a probe run writes to job_probe_results. */
  key: z.string().min(1).max(200),
  sleepMs: z.number().int().min(0).max(600_000).default(0),
  /** When false the handler does nothing (throughput benchmarks). */
  record: z.boolean().default(true),
  requestId,
});

const crawlPayload = z.object({ practiceId: z.uuid(), sourceId: z.uuid(), runId: z.uuid(), requestId });

interface JobDefinition<S extends z.ZodType> {
  payload: S;
  load: () => Promise<{ handler: JobHandler<z.output<S>> }>;
  /** Jobs fetched per round trip; >1 only for short jobs. */
  batchSize: number;
  /** Failed for good → copied to this queue (covers timeouts and lost workers too). */
  deadLetter?: 'pipeline.dead-letter' | 'crawl.dead-letter';
}

const stage = (load: JobDefinition<typeof sessionPayload>['load']) => ({
  payload: sessionPayload,
  load,
  batchSize: 1,
  deadLetter: 'pipeline.dead-letter' as const,
});

export const jobRegistry = {
  transcribe: stage(() => import('./handlers/transcribe.handler.ts')),
  'analyze.wave1': stage(() => import('./handlers/analyze-wave1.handler.ts')),
  'analyze.wave2': stage(() => import('./handlers/analyze-wave2.handler.ts')),
  'client.rollup': stage(() => import('./handlers/client-rollup.handler.ts')),
  'pipeline.dead-letter': {
    payload: sessionPayload,
    load: () => import('./handlers/dead-letter.handler.ts'),
    batchSize: 1,
  },
  'system.probe': { payload: probePayload, load: () => import('./handlers/probe.handler.ts'), batchSize: 25 },
  // API-owned maintenance jobs (issue 7); handlers live with the API services.
  'demo.cleanup': {
    payload: z.object({ requestId }),
    load: () => import('../services/demo/demo-cleanup.handler.ts'),
    batchSize: 1,
  },
  'webhook.deliver': {
    payload: z.object({ deliveryId: z.uuid(), requestId }),
    load: () => import('../webhooks/webhook-deliver.handler.ts'),
    batchSize: 1,
  },
  'audio.retention': {
    payload: z.object({ requestId }),
    load: () => import('../services/retention/audio-retention.handler.ts'),
    batchSize: 1,
  },
  // Resource library (issue 9): one job per crawl run, resumable from the frontier in the database.
  'crawl.source': {
    payload: crawlPayload,
    load: () => import('../services/library/crawl-source.handler.ts'),
    batchSize: 1,
    deadLetter: 'crawl.dead-letter' as const,
  },
  'crawl.dead-letter': {
    payload: crawlPayload,
    load: () => import('../services/library/crawl-dead-letter.handler.ts'),
    batchSize: 1,
  },
  /** Queues a crawl for every source whose re-crawl interval has passed (sent by a timer in worker processes). */
  'crawl.schedule': {
    payload: z.object({ requestId }),
    load: () => import('../services/library/crawl-schedule.handler.ts'),
    batchSize: 1,
  },
} satisfies Record<StageName, { payload: typeof sessionPayload }> & Record<string, unknown>;

export type JobName = keyof typeof jobRegistry;
export const JOB_NAMES = Object.keys(jobRegistry) as JobName[];
/** What callers pass to `send` (defaults not yet applied). */
export type JobInput<N extends JobName> = z.input<(typeof jobRegistry)[N]['payload']>;
export type JobPayload<N extends JobName> = z.output<(typeof jobRegistry)[N]['payload']>;

export type SessionJobPayload = z.output<typeof sessionPayload>;

export const isStage = (name: JobName): name is StageName => (STAGE_NAMES as readonly string[]).includes(name);
