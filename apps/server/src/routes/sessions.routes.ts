import { z } from 'zod';
import { sessionDto, toSessionDto } from '../services/dto.ts';
import { analysesJson, analysisDto, sendJsonText } from './analyses-json.ts';
import { EVERYONE, STAFF, authorize } from './request-context.helper.ts';
import type { ApiContainer } from './api-container.ts';
import { authErrors, idParams, type ZodApp } from './zod-app.ts';

const isoDate = z.iso.date({ message: 'sessionDate must be a date as YYYY-MM-DD' });

export function registerSessionRoutes(app: ZodApp, c: ApiContainer): void {
  app.get(
    '/api/sessions',
    {
      schema: {
        tags: ['sessions'],
        summary: 'Sessions visible to you, newest first (keyset pagination with `before`)',
        querystring: z.object({
          clientId: z.uuid().optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
          before: z
            .string()
            .regex(/^\d{4}-\d{2}-\d{2}_[0-9a-f-]{36}$/, { message: 'before must be the nextCursor of a previous page' })
            .optional(),
        }),
        response: { 200: z.object({ items: z.array(sessionDto), nextCursor: z.string().nullable() }), ...authErrors },
      },
    },
    async (req) => {
      const ctx = authorize(req, EVERYONE);
      const { clientId, limit, before } = req.query;
      const [date, id] = before ? before.split('_') : [];
      const rows = await c.sessions.list(ctx, {
        limit,
        ...(clientId ? { clientId } : {}),
        ...(date && id ? { before: { date, id } } : {}),
      });
      const last = rows.at(-1);
      return {
        items: rows.map(toSessionDto),
        nextCursor: rows.length === limit && last ? `${last.session_date}_${last.id}` : null,
      };
    },
  );

  app.post(
    '/api/sessions',
    {
      schema: {
        tags: ['sessions'],
        summary: 'Create a session for a client (then upload audio or a transcript)',
        body: z
          .object({
            clientId: z.uuid(),
            sessionDate: isoDate,
            sourceKind: z.enum(['audio', 'transcript']).default('audio'),
          })
          .strict(),
        response: { 201: sessionDto, ...authErrors },
      },
    },
    async (req, reply) =>
      reply.status(201).send(toSessionDto(await c.sessions.create(authorize(req, STAFF), req.body))),
  );

  app.get(
    '/api/sessions/:id',
    {
      schema: {
        tags: ['sessions'],
        summary: 'One session',
        params: idParams,
        response: { 200: sessionDto, ...authErrors },
      },
    },
    async (req) => toSessionDto(await c.sessions.get(authorize(req, EVERYONE), req.params.id)),
  );

  app.patch(
    '/api/sessions/:id',
    {
      schema: {
        tags: ['sessions'],
        summary: 'Change a session (its date)',
        params: idParams,
        body: z.object({ sessionDate: isoDate }).strict(),
        response: { 200: sessionDto, ...authErrors },
      },
    },
    async (req) => toSessionDto(await c.sessions.update(authorize(req, STAFF), req.params.id, req.body)),
  );

  app.delete(
    '/api/sessions/:id',
    {
      schema: {
        tags: ['sessions'],
        summary: 'Delete a session and its data',
        params: idParams,
        response: { 204: z.null(), ...authErrors },
      },
    },
    async (req, reply) => {
      await c.sessions.delete(authorize(req, STAFF), req.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/sessions/:id/status',
    {
      schema: {
        tags: ['sessions'],
        summary: 'Pipeline status (polling fallback for /api/events); same JSON as the session',
        params: idParams,
        response: { 200: sessionDto, ...authErrors },
      },
    },
    async (req) => toSessionDto(await c.sessions.require(authorize(req, EVERYONE), req.params.id)),
  );

  app.get(
    '/api/sessions/:id/analyses',
    {
      schema: {
        tags: ['sessions'],
        summary: 'Analyses of a session (clients get only the client-facing kinds)',
        params: idParams,
        response: { 200: z.array(analysisDto), ...authErrors },
      },
    },
    async (req, reply) => {
      const rows = await c.sessions.analyses(authorize(req, EVERYONE), req.params.id);
      // The schema above documents the shape; analysesJson writes it.
      return sendJsonText(reply, analysesJson(rows));
    },
  );

  app.get(
    '/api/sessions/:id/transcript',
    {
      schema: {
        tags: ['sessions'],
        summary: 'The transcript with speakers (clinicians and admins only)',
        params: idParams,
        response: {
          200: z.object({
            engine: z.string(),
            language: z.string().nullable(),
            segments: z.array(z.unknown()),
            speakers: z.array(z.unknown()),
            timesEstimated: z.boolean(),
          }),
          ...authErrors,
        },
      },
    },
    async (req) => {
      const t = await c.sessions.transcript(authorize(req, STAFF), req.params.id);
      const { engine, language, segments, speakers, timesEstimated } = t;
      return { engine, language, segments, speakers, timesEstimated };
    },
  );

  app.post(
    '/api/sessions/:id/rerun',
    {
      schema: {
        tags: ['sessions'],
        summary: 'Re-run one pipeline stage (and the stages after it)',
        params: idParams,
        body: z.object({ stage: z.string().min(1).max(40) }).strict(),
        response: { 202: z.object({ queued: z.literal(true) }), ...authErrors },
      },
    },
    async (req, reply) => {
      await c.sessions.rerun(authorize(req, STAFF), req.params.id, req.body.stage);
      return reply.status(202).send({ queued: true });
    },
  );
}
