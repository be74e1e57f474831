import pino from 'pino';
import { startWorkers } from '../../../src/jobs/job-worker.ts';
import { waitFor } from '../../support/test-jobs.ts';
import type { ApiHarness } from './api-app.ts';

/** Runs Wave 1 and Wave 2 on a session whose transcript upload queued them, so exports have content to show. */
export async function analyseSession(h: ApiHarness, sessionId: string, workerName: string): Promise<void> {
  const workers = await startWorkers(h.jobs.queue, {
    config: h.jobs.config,
    concurrency: 1,
    names: ['analyze.wave1', 'analyze.wave2'],
    workerName,
    log: pino({ level: 'silent' }),
    listener: h.jobs.listener,
    pollingIntervalSeconds: 0.5,
  });
  try {
    await waitFor(async () => {
      const s = await h.testDb.database.db
        .selectFrom('sessions')
        .select(['wave2_at', 'error'])
        .where('id', '=', sessionId)
        .executeTakeFirstOrThrow();
      if (s.error) throw new Error(s.error);
      return s.wave2_at ?? undefined;
    }, 90_000);
  } finally {
    await workers.stop();
  }
}
