import { topicTaxonomy } from '@insession/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawl, MemoryCrawlStore, type CrawlSummary } from '../src/index.ts';
import { startLocalSite, type LocalSite } from './support/local-site.ts';

// One polite static crawl of the local site; every assertion below reads its request log or its result.
describe('crawl of a local site (plain HTTP)', () => {
  let site: LocalSite;
  let summary: CrawlSummary;
  let store: MemoryCrawlStore;

  beforeAll(async () => {
    site = await startLocalSite();
    store = new MemoryCrawlStore();
    summary = await crawl(
      {
        sources: [{ url: `${site.origin}/` }],
        depth: 2,
        rate: 20,
        render: 'never',
        maxBytes: 256 * 1024,
        contact: 'mailto:ops@example.org',
      },
      { store, taxonomy: topicTaxonomy },
    );
  });
  afterAll(() => site.close());

  const requested = (path: string): number => site.log.filter((r) => r.path === path).length;
  const statusOf = async (path: string): Promise<string | undefined> =>
    (await store.listVisits()).find((v) => v.url === `${site.origin}${path}`)?.status;

  it('never requests paths robots.txt disallows for InsessionBot (plain and wildcard rules)', async () => {
    expect(requested('/private/secret')).toBe(0);
    expect(requested('/old/page.php')).toBe(0);
    expect(await statusOf('/private/secret')).toBe('disallowed');
    expect(await statusOf('/old/page.php')).toBe('disallowed');
    // Allow: /private/open- beats the shorter Disallow: /private/ in InsessionBot's own group.
    expect(requested('/private/open-letter')).toBe(1);
  });

  it('honours <meta name="robots" content="noindex, nofollow">: no copy kept, links not followed', async () => {
    expect(await statusOf('/members')).toBe('noindex');
    expect(summary.pages.some((p) => p.title === 'Members area')).toBe(false);
    expect(requested('/members/only')).toBe(0);
  });

  it('sends an honest User-Agent and stays on the listed host', () => {
    expect(site.log.length).toBeGreaterThan(8);
    for (const r of site.log) expect(r.userAgent).toBe('InsessionBot/0.1 (+mailto:ops@example.org)');
    expect(site.log.filter((r) => r.host.startsWith('localhost'))).toEqual([]);
  });

  it('spaces requests by the robots.txt crawl-delay (0.1 s) when it is slower than --rate (20/s)', () => {
    const times = site.log.map((r) => r.at).sort((a, b) => a - b);
    expect(times.length).toBeGreaterThan(10);
    // Any 5 consecutive requests span at least 4 delays. A request can leave late when the event loop is busy
    // parsing another page, which shortens one gap but not a window; 60 ms covers that and stays far above
    // the 200 ms that 20 requests/s alone would allow.
    for (let i = 4; i < times.length; i++) {
      expect((times[i] as number) - (times[i - 4] as number)).toBeGreaterThanOrEqual(340);
    }
  });

  it('retries a 429 after its Retry-After and keeps the page', async () => {
    const busy = site.log.filter((r) => r.path === '/busy');
    expect(busy.map((r) => r.status)).toEqual([429, 200]);
    expect((busy[1] as { at: number }).at - (busy[0] as { at: number }).at).toBeGreaterThanOrEqual(990);
    expect(await statusOf('/busy')).toBe('new');
  });

  it('stops a redirect loop and aborts the huge page mid-stream', async () => {
    expect(await statusOf('/loop-a')).toBe('redirect-loop');
    expect(requested('/loop-a')).toBe(1);
    expect(requested('/loop-b')).toBe(1);
    expect(await statusOf('/huge')).toBe('too-large');
    expect(site.huge.finished).toBe(false);
    expect(site.huge.bytesWritten).toBeLessThan(8 * 1024 * 1024);
  });

  it('collapses duplicates: tracking params, canonical link and identical text under another URL', async () => {
    expect(requested('/breathing?utm_source=newsletter')).toBe(0);
    const breathing = summary.pages.filter((p) => p.title === 'Box breathing for panic');
    expect(breathing).toHaveLength(1);
    expect(breathing[0]?.canonicalUrl).toBe(`${site.origin}/breathing`);
    expect(breathing[0]?.aliases.sort()).toEqual([`${site.origin}/copy/breathing`, `${site.origin}/print/breathing`]);
    expect(summary.byStatus['duplicate']).toBe(2);
  });

  it('stores title, language, topic tags and a Markdown copy', () => {
    const sleep = summary.pages.find((p) => p.canonicalUrl === `${site.origin}/sleep`);
    expect(sleep?.title).toBe('Sleep hygiene basics');
    expect(sleep?.language).toBe('en');
    expect(sleep?.tags[0]?.id).toBe('sleep');
    expect(sleep?.markdown).toContain('Good sleep starts with a regular rhythm.');
    const breathing = summary.pages.find((p) => p.canonicalUrl === `${site.origin}/breathing`);
    expect(breathing?.tags.map((t) => t.id)).toEqual(expect.arrayContaining(['panic', 'anxiety']));
    expect(breathing?.markdown).toMatch(/^-\s+Sit upright/m);
    expect(summary.pages.find((p) => p.canonicalUrl === `${site.origin}/dormir`)?.language).toBe('es');
  });
});
