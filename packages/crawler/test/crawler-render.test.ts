import { topicTaxonomy } from '@insession/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawl, MemoryCrawlStore, type CrawlSummary } from '../src/index.ts';
import { startLocalSite, type LocalSite } from './support/local-site.ts';

// The only test that starts Chromium: one crawl with render=auto over a JavaScript page and a static page.
describe('crawl with JavaScript rendering (Debian Chromium)', () => {
  let site: LocalSite;
  let summary: CrawlSummary;

  beforeAll(async () => {
    site = await startLocalSite();
    summary = await crawl(
      {
        sources: [
          { url: `${site.origin}/js-page` },
          { url: `${site.origin}/js-page-2` },
          { url: `${site.origin}/sleep` },
        ],
        depth: 0,
        rate: 50,
        render: 'auto',
      },
      { store: new MemoryCrawlStore(), taxonomy: topicTaxonomy },
    );
  });
  afterAll(() => site.close());

  it('renders the page that needs JavaScript and extracts the text its script loaded', () => {
    const js = summary.pages.find((p) => p.canonicalUrl === `${site.origin}/js-page`);
    expect(js?.rendered).toBe(true);
    expect(js?.title).toBe('Grounding: 5-4-3-2-1');
    expect(js?.markdown).toContain('Name five things you can see');
    expect(js?.tags.map((t) => t.id)).toContain('anxiety');
  });

  it('fetches the static page over plain HTTP without the browser', () => {
    const sleep = summary.pages.find((p) => p.canonicalUrl === `${site.origin}/sleep`);
    expect(sleep?.rendered).toBe(false);
    expect(sleep?.markdown).toContain('Good sleep starts');
  });

  it('serves the document from the first fetch and holds browser sub-requests to robots.txt and the User-Agent', () => {
    expect(site.log.filter((r) => r.path === '/js-page')).toHaveLength(1);
    // Both JS pages ran app.js and its request; the shared script was downloaded once.
    expect(site.log.filter((r) => r.path === '/api/grounding.json')).toHaveLength(2);
    expect(site.log.filter((r) => r.path === '/static/app.js')).toHaveLength(1);
    expect(site.log.some((r) => r.path === '/api/grounding.json')).toBe(true);
    expect(site.log.some((r) => r.path === '/private/tracker.js')).toBe(false);
    for (const r of site.log) expect(r.userAgent).toMatch(/^InsessionBot\/0\.1 /);
  });
});
