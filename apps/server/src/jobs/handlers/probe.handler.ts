import { setTimeout as sleep } from 'node:timers/promises';
import type { JobHandler } from '../job-handler.ts';
import type { JobPayload } from '../job-registry.ts';

/**
 * Self-check job for the queue: optionally sleeps, then records one row per completed execution in
 * job_probe_results. Tests count those rows to prove exactly-once delivery across crashes and workers.
 */
export const handler: JobHandler<JobPayload<'system.probe'>> = async (payload, ctx) => {
  if (payload.sleepMs > 0) await sleep(payload.sleepMs);
  if (!payload.record) return;
  await ctx.database.db
    .insertInto('job_probe_results')
    .values({ probe_key: payload.key, worker: ctx.workerName })
    .execute();
};
