import type { JobHandler } from '../../jobs/job-handler.ts';
import type { JobPayload } from '../../jobs/job-registry.ts';
import { LibraryRepository } from '../../repositories/library.repository.ts';

/**
 * Queues a crawl for every library source never crawled or past its re-crawl interval. A source with a crawl
 * already queued or running is skipped (a unique index allows one), so overlapping schedule jobs are harmless.
 */
export const handler: JobHandler<JobPayload<'crawl.schedule'>> = async (payload, ctx) => {
  const library = new LibraryRepository(ctx.database.db, ctx.queue);
  let queued = 0;
  for (const source of await library.sourcesDue(new Date())) {
    const run = await library.queueRun(source, { cause: 'schedule', requestedBy: null, requestId: payload.requestId });
    if (run) queued++;
  }
  if (queued > 0) ctx.log.info({ queued }, 're-crawls queued');
};
