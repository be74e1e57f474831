import { topicTaxonomy } from '@insession/core';
import { crawl } from '@insession/crawler';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorkers, type Workers } from '../../src/jobs/job-worker.ts';
import { DbCrawlStore } from '../../src/repositories/db-crawl.store.ts';
import { LibraryRepository, type SourceRow } from '../../src/repositories/library.repository.ts';
import { startLibrarySite, type LibrarySite } from '../support/library-site.ts';
import { createSessionFixture } from '../support/session-fixture.ts';
import { createTestDb, type TestDb } from '../support/test-db.ts';
import { startTestJobs, waitFor, type TestJobs } from '../support/test-jobs.ts';

describe('crawl.source job: crawl state in the database, resume after a crash, scheduled re-crawls', () => {
  let t: TestDb;
  let jobs: TestJobs;
  let workers: Workers | undefined;
  let site: LibrarySite;
  let library: LibraryRepository;
  let source: SourceRow;

  beforeAll(async () => {
    t = await createTestDb();
    jobs = await startTestJobs(t.database, { workers: false });
    site = await startLibrarySite();
    library = new LibraryRepository(t.database.db, jobs.queue);
    const f = await createSessionFixture(t.database.db, 'transcript');
    source = (await library.insertSource({ practice_id: f.practiceId, url: `${site.origin}/`, depth: 1, rate: 50 }))!;
  });
  afterAll(async () => {
    await workers?.stop();
    await jobs.close();
    await site.close();
    await t.close();
  });

  const startCrawlWorkers = async () => {
    workers = await startWorkers(jobs.queue, {
      config: jobs.config,
      concurrency: 1,
      names: ['crawl.source', 'crawl.schedule', 'crawl.dead-letter'],
      workerName: 'crawl-test',
      log: pino({ level: 'silent' }),
      listener: jobs.listener,
      pollingIntervalSeconds: 0.5,
    });
  };
  const finished = (runId: string) =>
    waitFor(async () => {
      const run = await library.findRun(runId);
      return run?.state === 'completed' || run?.state === 'failed' ? run : undefined;
    }, 60_000);
  const pages = () => library.listPages(source.practice_id, { sourceId: source.id, limit: 100 });

  it('resumes a run that crashed mid-crawl without fetching finished pages again', async () => {
    const run = (await library.queueRun(source, { cause: 'manual', requestedBy: null, requestId: 'test' }))!;
    // First attempt: the crawler stops after two pages, then "crashes" holding one claimed URL.
    const store = new DbCrawlStore(t.database.db, {
      practiceId: source.practice_id,
      sourceId: source.id,
      runId: run.id,
    });
    const stop = new AbortController();
    const first = await crawl(
      { sources: [{ url: source.url }], depth: 1, rate: 50, render: 'never', concurrency: 1 },
      {
        store,
        taxonomy: topicTaxonomy,
        runId: run.id,
        signal: stop.signal,
        onEvent: (e) => e.type === 'visited' && e.fetched >= 2 && stop.abort(),
      },
    );
    expect(first.interrupted).toBe(true);
    const inFlight = await store.claim();
    const before = site.requests.filter((p) => p !== '/robots.txt');

    await startCrawlWorkers();
    const done = await finished(run.id);
    const after = site.requests.filter((p) => p !== '/robots.txt').slice(before.length);
    expect(done.state).toBe('completed');
    expect(after.filter((p) => before.includes(p))).toEqual([]);
    expect(after).toContain(new URL(inFlight?.url ?? '').pathname);
    expect(site.requests).not.toContain('/private/staff');
    expect(done.queued).toBe(0);
    expect(done.counts).toMatchObject({ new: 3, duplicate: 1, disallowed: 1 });

    const stored = await pages();
    expect(stored.map((p) => p.title).sort()).toEqual([
      'Box breathing for panic',
      'Self-help library',
      'Sleep hygiene basics',
    ]);
    // The job crawls with several workers, so either copy of the mirrored page may be fetched first and become the
    // page; the other must be its alias.
    const breathing = stored.find((p) => p.title === 'Box breathing for panic');
    expect([breathing?.canonical_url, ...(breathing?.aliases ?? [])].sort()).toEqual([
      `${site.origin}/breathing`,
      `${site.origin}/mirror/breathing`,
    ]);
    expect(stored.find((p) => p.title === 'Sleep hygiene basics')?.tags.map((g) => g.id)).toContain('sleep');
    const src = await library.findSource(source.practice_id, source.id);
    expect(src).toMatchObject({ pages: 3, changed: 0, last_run_id: run.id });
    expect(await library.sourcesDue(new Date())).toEqual([]);
  });

  it('re-crawls a source when its interval has passed and detects the page that changed', async () => {
    site.setPage(
      '/sleep',
      'Sleep hygiene basics',
      '<p>An updated guide to sleep, insomnia and feeling tired at night. '.repeat(12),
    );
    await t.database.db
      .updateTable('library_sources')
      .set({ last_crawled_at: new Date(Date.now() - 8 * 24 * 3_600_000) })
      .where('id', '=', source.id)
      .execute();
    await jobs.queue.send('crawl.schedule', { requestId: 'schedule-test' });
    const scheduled = await waitFor(async () => {
      const [latest] = await library.listRuns(source.practice_id, source.id, 1);
      return latest?.cause === 'schedule' ? latest : undefined;
    });
    const done = await finished(scheduled.id);
    expect(done.counts).toMatchObject({ changed: 1, unchanged: 2, duplicate: 1 });
    const sleep = (await pages()).find((p) => p.title === 'Sleep hygiene basics');
    expect(sleep?.version).toBe(2);
    expect(sleep!.changed_at.getTime()).toBeGreaterThan(sleep!.first_seen_at.getTime());
    expect(await library.findSource(source.practice_id, source.id)).toMatchObject({ changed: 1, pages: 3 });
  });

  it('marks a run failed with a readable error when its last attempt fails', async () => {
    // Written past the API's URL check, as a corrupted row would be: the crawler refuses it.
    const bad = (await library.insertSource({ practice_id: source.practice_id, url: 'ftp://files.example/' }))!;
    const run = (await library.queueRun(bad, { cause: 'manual', requestedBy: null, requestId: 'test' }))!;
    const done = await finished(run.id);
    expect(done).toMatchObject({ state: 'failed', error: 'not an http(s) URL: ftp://files.example/' });
    // The failed run no longer blocks the next crawl of that source.
    const next = await library.queueRun(bad, { cause: 'manual', requestedBy: null, requestId: 'test' });
    expect(next).toBeDefined();
    await finished(next?.id ?? '');
  });
});
