import { z } from 'zod';
import { pageDto, runDto, sourceBody, sourceDto, toPage, toRun, toSource } from './library.dto.ts';
import { ADMIN, STAFF, authorize } from './request-context.helper.ts';
import type { ApiContainer } from './api-container.ts';
import { authErrors, idParams, type ZodApp } from './zod-app.ts';

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
