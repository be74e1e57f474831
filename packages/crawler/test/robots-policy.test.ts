import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { topicTaxonomy } from '@insession/core';
import { describe, expect, it } from 'vitest';
import { crawl, MemoryCrawlStore } from '../src/index.ts';

// A site whose robots.txt answers with `robotsStatus`; every other path is a small readable page.
// The first `failures` requests for "/" answer 503 without Retry-After.
async function withSite(
  robotsStatus: number,
  fn: (origin: string, log: string[], times: number[]) => Promise<void>,
  failures = 0,
): Promise<void> {
  const log: string[] = [];
  const times: number[] = [];
  let failed = 0;
  const server = createServer((req, res) => {
    log.push(req.url ?? '');
    times.push(Date.now());
    if (req.url === '/robots.txt') return void res.writeHead(robotsStatus).end();
    if (failed < failures) {
      failed++;
      return void res.writeHead(503).end();
    }
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(
      `<html><head><title>Page</title></head><body><p>${'A calm page about sleep routines. '.repeat(10)}</p></body></html>`,
    );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  try {
    await fn(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, log, times);
  } finally {
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
  }
}

describe('robots.txt availability (RFC 9309)', () => {
  it('fetches nothing from a site whose robots.txt is unreachable (5xx)', async () => {
    await withSite(503, async (origin, log) => {
      const summary = await crawl(
        { sources: [{ url: `${origin}/` }], rate: 100, render: 'never', maxRetries: 0 },
        { store: new MemoryCrawlStore(), taxonomy: topicTaxonomy },
      );
      expect(summary.byStatus).toEqual({ disallowed: 1 });
      expect(log).toEqual(['/robots.txt']);
    });
  });

  it('crawls a site without robots.txt (404)', async () => {
    await withSite(404, async (origin, log) => {
      const summary = await crawl(
        { sources: [{ url: `${origin}/` }], rate: 100, render: 'never' },
        { store: new MemoryCrawlStore(), taxonomy: topicTaxonomy },
      );
      expect(summary.byStatus).toEqual({ new: 1 });
      expect(log).toEqual(['/robots.txt', '/']);
    });
  });

  it('retries 5xx answers with exponential backoff', async () => {
    await withSite(
      404,
      async (origin, log, times) => {
        const summary = await crawl(
          { sources: [{ url: `${origin}/` }], rate: 1000, render: 'never', retryBaseMs: 100 },
          { store: new MemoryCrawlStore(), taxonomy: topicTaxonomy },
        );
        expect(summary.byStatus).toEqual({ new: 1 });
        expect(log).toEqual(['/robots.txt', '/', '/', '/']);
        const [, a, b, c] = times as [number, number, number, number];
        // Lower bounds leave room for loopback jitter; the second wait (≥ 200 ms) is longer than any first one (≤ 125 ms).
        expect(b - a).toBeGreaterThanOrEqual(80);
        expect(c - b).toBeGreaterThanOrEqual(160);
      },
      2,
    );
  });
});
