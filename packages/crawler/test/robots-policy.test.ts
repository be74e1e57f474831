import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { topicTaxonomy } from '@insession/core';
import { describe, expect, it } from 'vitest';
import { crawl, MemoryCrawlStore } from '../src/index.ts';

// A site whose robots.txt answers with `robotsStatus`; every other path is a small readable page.
async function withSite(robotsStatus: number, fn: (origin: string, log: string[]) => Promise<void>): Promise<void> {
  const log: string[] = [];
  const server = createServer((req, res) => {
    log.push(req.url ?? '');
    if (req.url === '/robots.txt') return void res.writeHead(robotsStatus).end();
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(
      `<html><head><title>Page</title></head><body><p>${'A calm page about sleep routines. '.repeat(10)}</p></body></html>`,
    );
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  try {
    await fn(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, log);
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
});
