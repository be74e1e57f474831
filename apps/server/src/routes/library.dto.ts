import { z } from 'zod';
import type { CrawlRunRow, PageSummaryRow, SourceRow } from '../repositories/library.repository.ts';
import { CRAWL_CAUSES, CRAWL_RUN_STATES, RENDER_MODES } from '../repositories/library-tables.ts';

// Request and response shapes of the library routes, and the row → DTO mappers.
export const sourceDto = z.object({
  id: z.uuid(),
  url: z.string(),
  depth: z.number().int(),
  sameSite: z.boolean(),
  rate: z.number(),
  render: z.enum(RENDER_MODES),
  maxPages: z.number().int(),
  recrawlEveryHours: z.number().int(),
  lastCrawledAt: z.string().nullable(),
  pages: z.number().int(),
  changed: z.number().int(),
  createdAt: z.string(),
});

export const runDto = z.object({
  id: z.uuid(),
  sourceId: z.uuid(),
  state: z.enum(CRAWL_RUN_STATES),
  cause: z.enum(CRAWL_CAUSES),
  fetched: z.number().int(),
  queued: z.number().int(),
  counts: z.record(z.string(), z.number().int()).describe('Finished URLs per outcome: new, changed, unchanged, …'),
  error: z.string().nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});

const tagDto = z.object({ id: z.string(), score: z.number(), cues: z.array(z.string()) });
export const pageDto = z.object({
  id: z.uuid(),
  sourceId: z.uuid(),
  url: z.string(),
  title: z.string(),
  language: z.string(),
  tags: z.array(tagDto),
  rendered: z.boolean(),
  version: z.number().int(),
  fetchedAt: z.string(),
  changedAt: z.string(),
});

export const sourceBody = z
  .object({
    url: z.string().trim().min(1, { message: 'url is required' }).max(2000),
    depth: z.number().int().min(0).max(5).default(2),
    sameSite: z.boolean().default(true),
    rate: z.number().min(0.05).max(10).default(0.5).describe('Requests per second to the site'),
    render: z.enum(RENDER_MODES).default('auto'),
    maxPages: z.number().int().min(1).max(2000).default(200),
    recrawlEveryHours: z
      .number()
      .int()
      .min(1)
      .max(24 * 365)
      .default(168),
  })
  .strict();

const iso = (d: Date | null): string | null => d?.toISOString() ?? null;

export const toSource = (s: SourceRow): z.infer<typeof sourceDto> => ({
  id: s.id,
  url: s.url,
  depth: s.depth,
  sameSite: s.same_site,
  rate: Number(s.rate),
  render: s.render,
  maxPages: s.max_pages,
  recrawlEveryHours: s.recrawl_every_hours,
  lastCrawledAt: iso(s.last_crawled_at),
  pages: s.pages,
  changed: s.changed,
  createdAt: s.created_at.toISOString(),
});

export const toRun = (r: CrawlRunRow): z.infer<typeof runDto> => ({
  id: r.id,
  sourceId: r.source_id,
  state: r.state,
  cause: r.cause,
  fetched: r.fetched,
  queued: r.queued,
  counts: r.counts,
  error: r.error,
  createdAt: r.created_at.toISOString(),
  startedAt: iso(r.started_at),
  finishedAt: iso(r.finished_at),
});

export const toPage = (p: PageSummaryRow): z.infer<typeof pageDto> => ({
  id: p.id,
  sourceId: p.source_id,
  url: p.canonical_url,
  title: p.title,
  language: p.language,
  tags: p.tags,
  rendered: p.rendered,
  version: p.version,
  fetchedAt: p.fetched_at.toISOString(),
  changedAt: p.changed_at.toISOString(),
});
