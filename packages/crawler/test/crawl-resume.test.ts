import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { topicTaxonomy } from '@insession/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { crawl, JsonFileCrawlStore, MemoryCrawlStore, type CrawlOptions } from '../src/index.ts';
import { startLocalSite, type LocalSite } from './support/local-site.ts';
import { ROBOTS_TXT } from './support/site-content.ts';

describe('resumable crawls, page cap and re-crawl change detection', () => {
  let site: LocalSite;
  let dir: string;
  beforeEach(async () => {
    // Same rules without the crawl-delay: these tests are about state, not pacing.
    site = await startLocalSite({}, ROBOTS_TXT.replace(/^Crawl-delay:.*$/m, ''));
    dir = await mkdtemp(path.join(tmpdir(), 'crawl-'));
  });
  afterEach(async () => {
    await site.close();
    await rm(dir, { recursive: true, force: true });
  });
  const options = (): CrawlOptions => ({
    sources: [{ url: `${site.origin}/` }],
    depth: 1,
    rate: 200,
    render: 'never',
    concurrency: 1,
    maxBytes: 64 * 1024,
  });
  const pagePaths = (): string[] => site.log.map((r) => r.path).filter((p) => p !== '/robots.txt');

  it('resumes an interrupted crawl from its state file without refetching finished pages', async () => {
    const file = path.join(dir, 'state.json');
    const stop = new AbortController();
    const first = await crawl(options(), {
      store: await JsonFileCrawlStore.open(file),
      taxonomy: topicTaxonomy,
      onEvent: (e) => e.type === 'visited' && e.fetched >= 4 && stop.abort(),
      signal: stop.signal,
    });
    expect(first.interrupted).toBe(true);
    // Simulate a crash in the middle of a fetch: one URL is claimed but never finished.
    const crashed = await JsonFileCrawlStore.open(file);
    const inFlight = await crashed.claim();
    const before = pagePaths();

    const events: string[] = [];
    const second = await crawl(options(), {
      store: await JsonFileCrawlStore.open(file),
      taxonomy: topicTaxonomy,
      onEvent: (e) => e.type === 'resumed' && events.push(`resumed ${e.requeued}`),
    });
    const after = pagePaths().slice(before.length);
    expect(events).toEqual(['resumed 1']);
    expect(second.runId).toBe(first.runId);
    expect(second.interrupted).toBe(false);
    expect(after.filter((p) => before.includes(p))).toEqual([]);
    expect(after).toContain(new URL(inFlight?.url ?? '').pathname);
    expect(second.pages.map((p) => p.title)).toEqual(
      expect.arrayContaining(['Self-help library', 'Sleep hygiene basics']),
    );
  });

  it('follows links to other hosts only when asked (--no-same-site)', async () => {
    await crawl({ ...options(), sameSite: false }, { store: new MemoryCrawlStore(), taxonomy: topicTaxonomy });
    const elsewhere = site.log.filter((r) => r.host === `localhost:${site.port}`).map((r) => r.path);
    // The other host gets its own robots.txt check before its page.
    expect(elsewhere).toEqual(['/robots.txt', '/elsewhere']);
  });

  it('stops at --max-pages', async () => {
    const summary = await crawl(
      { ...options(), maxPages: 3, concurrency: 3 },
      { store: new MemoryCrawlStore(), taxonomy: topicTaxonomy },
    );
    expect(summary.fetched).toBe(3);
    const reachedNetwork = Object.entries(summary.byStatus).filter(([s]) => s !== 'disallowed' && s !== 'off-site');
    expect(reachedNetwork.reduce((n, [, c]) => n + c, 0)).toBe(3);
    expect(site.log.filter((r) => r.path !== '/robots.txt' && r.path !== '/loop-b').length).toBeLessThanOrEqual(4);
  });

  it('detects changed pages on a re-crawl by content hash', async () => {
    const store = new MemoryCrawlStore();
    const opts: CrawlOptions = {
      ...options(),
      sources: [{ url: `${site.origin}/sleep` }, { url: `${site.origin}/dormir` }],
      depth: 0,
    };
    await crawl(opts, { store, taxonomy: topicTaxonomy });
    site.setPage(
      '/sleep',
      '<html lang="en"><head><title>Sleep hygiene basics</title></head><body><article><p>' +
        'Updated advice: keep a sleep diary for two weeks and bring it to your next session. '.repeat(4) +
        '</p></article></body></html>',
    );
    const again = await crawl(opts, { store, taxonomy: topicTaxonomy });
    expect(again.byStatus).toEqual({ changed: 1, unchanged: 1 });
    const sleep = await store.getPage(`${site.origin}/sleep`);
    expect(sleep?.version).toBe(2);
    expect(sleep?.markdown).toContain('keep a sleep diary');
    expect((await store.getSourceState(`${site.origin}/sleep`))?.changed).toBe(1);
  });
});
