import { topicTaxonomy } from '@insession/core';
import { crawl, MemoryCrawlStore, type CrawlStore } from '@insession/crawler';
import { migrate } from '../apps/server/src/db/migrator.ts';
import type { Database } from '../apps/server/src/db/database.ts';
import { DbCrawlStore } from '../apps/server/src/repositories/db-crawl.store.ts';
import { startLocalSite } from '../packages/crawler/test/support/local-site.ts';
import type { BenchRow } from './bench-row.ts';
import { withPglite, withPostgres } from './bench-databases.ts';

// What keeping the crawl state in the database costs: static pages/s through the server's DbCrawlStore (frontier,
// pages and run row in PGlite or Postgres, written after every URL) against the in-memory store on the same site.
const PAGES = 40;

function sitePages(): Record<string, string> {
  const text = (i: number) =>
    `<p>Exercise ${i}: when worry builds up, slow your breathing and notice five things around you. `.repeat(6) +
    '</p>';
  const links = Array.from({ length: PAGES }, (_, i) => `<li><a href="/p/${i}">Exercise ${i}</a></li>`).join('');
  const pages: Record<string, string> = {
    '/': `<html lang="en"><head><title>Library</title></head><body><h1>Library</h1><p>${'Self-help pages. '.repeat(20)}</p><ul>${links}</ul></body></html>`,
  };
  for (let i = 0; i < PAGES; i++)
    pages[`/p/${i}`] =
      `<html lang="en"><head><title>Exercise ${i}</title></head><body><article>${text(i)}</article></body></html>`;
  return pages;
}

async function pagesPerSecond(origin: string, store: () => Promise<{ store: CrawlStore; runId?: string }>) {
  const { store: s, runId } = await store();
  const t0 = performance.now();
  const summary = await crawl(
    { sources: [{ url: `${origin}/` }], depth: 1, rate: 1000, render: 'never', maxPages: PAGES, concurrency: 4 },
    { store: s, taxonomy: topicTaxonomy, ...(runId ? { runId } : {}) },
  );
  if (summary.pages.length !== PAGES) throw new Error(`expected ${PAGES} pages, stored ${summary.pages.length}`);
  return PAGES / ((performance.now() - t0) / 1000);
}

async function dbStore(database: Database, origin: string) {
  await migrate(database.db);
  const db = database.db;
  const practice = await db.insertInto('practices').values({ name: 'Bench' }).returning('id').executeTakeFirstOrThrow();
  const source = await db
    .insertInto('library_sources')
    .values({ practice_id: practice.id, url: `${origin}/` })
    .returning('id')
    .executeTakeFirstOrThrow();
  const run = await db
    .insertInto('crawl_runs')
    .values({ practice_id: practice.id, source_id: source.id, cause: 'manual' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const scope = { practiceId: practice.id, sourceId: source.id, runId: run.id };
  return { store: new DbCrawlStore(db, scope), runId: run.id };
}

export async function run(): Promise<BenchRow[]> {
  const site = await startLocalSite(sitePages(), 'User-agent: *\nAllow: /\n');
  try {
    await pagesPerSecond(site.origin, async () => ({ store: new MemoryCrawlStore() })); // warm-up
    const memory = await pagesPerSecond(site.origin, async () => ({ store: new MemoryCrawlStore() }));
    const rows: BenchRow[] = [];
    const row = (label: string, value: number): BenchRow => ({
      group: 'crawler',
      metric: `static pages/s, crawl state in ${label}`,
      value,
      unit: 'pages/s',
      baseline: { label: 'memory store', value: memory },
      target: '≥ 5',
      pass: value >= 5,
    });
    rows.push(row('PGlite', await withPglite((d) => pagesPerSecond(site.origin, () => dbStore(d, site.origin)))));
    const pg = await withPostgres((d) => pagesPerSecond(site.origin, () => dbStore(d, site.origin)));
    if (pg !== undefined) rows.push(row('Postgres', pg));
    return rows;
  } finally {
    await site.close();
  }
}
