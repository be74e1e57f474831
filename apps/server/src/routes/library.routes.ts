import { z } from 'zod';
import type { CrawlRunRow, PageSummaryRow, SourceRow } from '../repositories/library.repository.ts';
import { CRAWL_CAUSES, CRAWL_RUN_STATES, RENDER_MODES } from '../repositories/library-tables.ts';
import { ADMIN, STAFF, authorize } from './request-context.helper.ts';
import type { ApiContainer } from './api-container.ts';
import { authErrors, idParams, type ZodApp } from './zod-app.ts';

const sourceDto = z.object({
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

const runDto = z.object({
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
const pageDto = z.object({
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

const sourceBody = z
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

const toSource = (s: SourceRow): z.infer<typeof sourceDto> => ({
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

const toRun = (r: CrawlRunRow): z.infer<typeof runDto> => ({
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

const toPage = (p: PageSummaryRow): z.infer<typeof pageDto> => ({
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

/** Admin: the sites the practice trusts and their crawls. Staff: the pages they produced. */
export function registerLibraryRoutes(app: ZodApp, c: ApiContainer): void {
  const tags = ['library'];
  app.get(
    '/api/library/sources',
    { schema: { tags, summary: 'Admin: library sources', response: { 200: z.array(sourceDto), ...authErrors } } },
    async (req) => (await c.library.listSources(authorize(req, ADMIN))).map(toSource),
  );

  app.post(
    '/api/library/sources',
    {
      schema: {
        tags,
        summary: 'Admin: add a site to crawl (robots.txt is respected; only its own host is followed by default)',
        body: sourceBody,
        response: { 201: sourceDto, ...authErrors },
      },
    },
    async (req, reply) => reply.status(201).send(toSource(await c.library.addSource(authorize(req, ADMIN), req.body))),
  );

  app.delete(
    '/api/library/sources/:id',
    {
      schema: {
        tags,
        summary: 'Admin: remove a source with its pages and their recommendations',
        params: idParams,
        response: { 204: z.null(), ...authErrors },
      },
    },
    async (req, reply) => {
      await c.library.deleteSource(authorize(req, ADMIN), req.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/library/sources/:id/crawls',
    {
      schema: {
        tags,
        summary: 'Admin: start a crawl of a source (409 while one is queued or running)',
        params: idParams,
        response: { 202: runDto, ...authErrors },
      },
    },
    async (req, reply) =>
      reply.status(202).send(toRun(await c.library.startCrawl(authorize(req, ADMIN), req.params.id))),
  );

  app.get(
    '/api/library/runs',
    {
      schema: {
        tags,
        summary: 'Admin: recent crawl runs with progress, newest first',
        querystring: z.object({
          sourceId: z.uuid().optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
        }),
        response: { 200: z.array(runDto), ...authErrors },
      },
    },
    async (req) => (await c.library.listRuns(authorize(req, ADMIN), req.query.sourceId, req.query.limit)).map(toRun),
  );

  app.get(
    '/api/library/pages',
    {
      schema: {
        tags,
        summary: 'Pages in the library (title, language, topic tags)',
        querystring: z.object({
          sourceId: z.uuid().optional(),
          limit: z.coerce.number().int().min(1).max(1000).default(500),
        }),
        response: { 200: z.array(pageDto), ...authErrors },
      },
    },
    async (req) => (await c.library.listPages(authorize(req, STAFF), req.query)).map(toPage),
  );

  app.get(
    '/api/library/pages/:id',
    {
      schema: {
        tags,
        summary: 'One library page with its readable copy (Markdown)',
        params: idParams,
        response: { 200: pageDto.extend({ markdown: z.string() }), ...authErrors },
      },
    },
    async (req) => {
      const page = await c.library.getPage(authorize(req, STAFF), req.params.id);
      return { ...toPage(page), markdown: page.markdown };
    },
  );
}
