import { z } from 'zod';
import type { HomeworkRow } from '../repositories/homework.repository.ts';
import { EVERYONE, STAFF, authorize } from './request-context.helper.ts';
import type { ApiContainer } from './api-container.ts';
import { authErrors, idParams, type ZodApp } from './zod-app.ts';

const homeworkDto = z.object({
  id: z.uuid(),
  sessionId: z.uuid(),
  text: z.string(),
  source: z.enum(['generated', 'clinician']),
  completedAt: z.string().nullable(),
});

const toDto = (h: HomeworkRow): z.infer<typeof homeworkDto> => ({
  id: h.id,
  sessionId: h.session_id,
  text: h.text,
  source: h.source,
  completedAt: h.completed_at?.toISOString() ?? null,
});

export function registerHomeworkRoutes(app: ZodApp, c: ApiContainer): void {
  app.get(
    '/api/sessions/:id/homework',
    {
      schema: {
        tags: ['homework'],
        summary: 'Homework from a session',
        params: idParams,
        response: { 200: z.array(homeworkDto), ...authErrors },
      },
    },
    async (req) => (await c.homework.list(authorize(req, EVERYONE), req.params.id)).map(toDto),
  );

  app.post(
    '/api/sessions/:id/homework',
    {
      schema: {
        tags: ['homework'],
        summary: 'Add a homework item',
        params: idParams,
        body: z.object({ text: z.string().trim().min(1, { message: 'text is required' }).max(500) }).strict(),
        response: { 201: homeworkDto, ...authErrors },
      },
    },
    async (req, reply) =>
      reply.status(201).send(toDto(await c.homework.add(authorize(req, STAFF), req.params.id, req.body.text))),
  );

  app.post(
    '/api/homework/:id/complete',
    {
      schema: {
        tags: ['homework'],
        summary: 'Check a homework item off (or reopen it with done=false)',
        params: idParams,
        body: z.object({ done: z.boolean() }).strict(),
        response: { 200: homeworkDto, ...authErrors },
      },
    },
    async (req) => toDto(await c.homework.setCompleted(authorize(req, EVERYONE), req.params.id, req.body.done)),
  );
}
