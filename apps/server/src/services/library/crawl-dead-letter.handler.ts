import type { JobHandler } from '../../jobs/job-handler.ts';
import type { JobPayload } from '../../jobs/job-registry.ts';
import { LibraryRepository } from '../../repositories/library.repository.ts';

/**
 * A crawl job that failed for good without recording it (its worker died or it timed out on the last attempt):
 * the run is marked failed, so the admin page stops showing it as running and a new crawl can be started.
 */
export const handler: JobHandler<JobPayload<'crawl.dead-letter'>> = async (payload, ctx) => {
  const library = new LibraryRepository(ctx.database.db, ctx.queue);
  const run = await library.findRun(payload.runId);
  if (!run || run.state === 'completed' || run.state === 'failed') return;
  await library.setRunState(run.id, 'failed', 'the crawl stopped (worker lost or timed out) and was not retried');
};
