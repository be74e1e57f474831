import { topicTaxonomy } from '@insession/core';
import { crawl } from '@insession/crawler';
import type { JobHandler } from '../../jobs/job-handler.ts';
import type { JobPayload } from '../../jobs/job-registry.ts';
import { DbCrawlStore } from '../../repositories/db-crawl.store.ts';
import { LibraryRepository } from '../../repositories/library.repository.ts';

/**
 * Crawls one library source into the practice's pages. The frontier is in the database, so a retry after a crash
 * resumes the same run: finished URLs are not fetched again, URLs in flight are re-queued. Progress (URLs queued
 * and done per outcome) is written to the run row after every URL.
 */
export const handler: JobHandler<JobPayload<'crawl.source'>> = async (payload, ctx) => {
  const db = ctx.database.db;
  const library = new LibraryRepository(db, ctx.queue);
  const run = await library.findRun(payload.runId);
  const source = await library.findSource(payload.practiceId, payload.sourceId);
  if (!run || !source || run.source_id !== source.id) return ctx.log.info('crawl skipped: source or run was deleted');
  if (run.state === 'completed' || run.state === 'failed') return;
  await library.setRunState(run.id, 'running');

  const store = new DbCrawlStore(db, { practiceId: source.practice_id, sourceId: source.id, runId: run.id });
  // Progress writes are chained so they land in order and never overlap the crawl's own writes for one URL.
  let progress = Promise.resolve();
  const writeProgress = (): void => {
    progress = progress.then(() => library.writeProgress(run.id));
  };
  try {
    const summary = await crawl(
      {
        sources: [{ url: source.url, render: source.render }],
        depth: source.depth,
        sameSite: source.same_site,
        rate: source.rate,
        maxPages: source.max_pages,
        contact: ctx.config.PUBLIC_URL,
      },
      { store, taxonomy: topicTaxonomy, runId: run.id, onEvent: writeProgress },
    );
    writeProgress();
    await progress;
    await library.setRunState(run.id, 'completed');
    ctx.log.info({ runId: run.id, fetched: summary.fetched, byStatus: summary.byStatus }, 'crawl finished');
  } catch (err) {
    await progress.catch(() => undefined);
    // Earlier attempts leave the run `running` so the retry resumes it; the last one records why it stopped.
    if (ctx.isFinalAttempt) await library.setRunState(run.id, 'failed', messageOf(err));
    throw err;
  }
};

const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err)).slice(0, 500);
