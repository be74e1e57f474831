import { z } from 'zod';
import type { RecommendationRow } from '../repositories/recommendation.repository.ts';
import { RECOMMENDATION_STATUSES } from '../repositories/library-tables.ts';
import { EVERYONE, STAFF, authorize } from './request-context.helper.ts';
import type { ApiContainer } from './api-container.ts';
import { authErrors, idParams, type ZodApp } from './zod-app.ts';

const recommendationDto = z.object({
  id: z.uuid(),
  sessionId: z.uuid(),
  clientId: z.uuid(),
  pageId: z.uuid(),
  title: z.string(),
  url: z.string(),
  language: z.string(),
  topics: z.array(z.string()).describe('Topic ids the page is tagged with'),
  status: z.enum(RECOMMENDATION_STATUSES),
  score: z.number(),
  reasons: z.array(z.string()),
  decidedAt: z.string().nullable(),
});

// What a client sees: the page and its readable copy, without the clinician's scoring and reasons.
const resourceDto = z.object({
  id: z.uuid(),
  pageId: z.uuid(),
  title: z.string(),
  url: z.string(),
  language: z.string(),
  markdown: z.string(),
  approvedAt: z.string().nullable(),
});

const toDto = (r: RecommendationRow): z.infer<typeof recommendationDto> => ({
  id: r.id,
  sessionId: r.session_id,
  clientId: r.client_id,
  pageId: r.page_id,
  title: r.page_title,
  url: r.page_url,
  language: r.page_language,
  topics: r.page_tags.map((t) => t.id),
  status: r.status,
  score: Number(r.score),
  reasons: r.reasons,
  decidedAt: r.decided_at?.toISOString() ?? null,
});

/** Library pages recommended from a session (clinicians approve each) and the client's approved list. */
export function registerRecommendationRoutes(app: ZodApp, c: ApiContainer): void {
  const tags = ['library'];
  app.get(
    '/api/sessions/:id/recommendations',
    {
      schema: {
        tags,
        summary: 'Library pages proposed from this session, with the reasons and their status',
        params: idParams,
        response: { 200: z.array(recommendationDto), ...authErrors },
      },
    },
    async (req) => (await c.recommendations.forSession(authorize(req, STAFF), req.params.id)).map(toDto),
  );

  app.post(
    '/api/sessions/:id/recommendations',
    {
      schema: {
        tags,
        summary: "Rank the library by the session's topics and homework and store the best new pages as proposals",
        params: idParams,
        response: { 200: z.array(recommendationDto), ...authErrors },
      },
    },
    async (req) => (await c.recommendations.propose(authorize(req, STAFF), req.params.id)).map(toDto),
  );

  app.post(
    '/api/recommendations/:id/decision',
    {
      schema: {
        tags,
        summary: 'Approve a proposed page for the client, or dismiss it',
        params: idParams,
        body: z.object({ status: z.enum(['approved', 'dismissed']) }).strict(),
        response: { 200: recommendationDto, ...authErrors },
      },
    },
    async (req) => toDto(await c.recommendations.decide(authorize(req, STAFF), req.params.id, req.body.status)),
  );

  app.get(
    '/api/clients/:id/resources',
    {
      schema: {
        tags,
        summary: "Self-help pages the clinician approved for this client (the client's portal list)",
        params: idParams,
        response: { 200: z.array(resourceDto), ...authErrors },
      },
    },
    async (req) =>
      (await c.recommendations.approvedForClient(authorize(req, EVERYONE), req.params.id)).map((r) => ({
        id: r.id,
        pageId: r.page_id,
        title: r.page_title,
        url: r.page_url,
        language: r.page_language,
        markdown: r.markdown,
        approvedAt: r.decided_at?.toISOString() ?? null,
      })),
  );
}
