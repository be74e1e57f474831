import { z } from 'zod';
import type { SseFrame } from '../services/events/event-hub.ts';
import { EVERYONE, authorize } from './request-context.helper.ts';
import type { ApiContainer } from './api-container.ts';
import { authErrors, type ZodApp } from './zod-app.ts';

/** Proxies drop idle connections; a comment line every 25 s keeps the stream open. */
const KEEPALIVE_MS = 25_000;

export function registerEventRoutes(app: ZodApp, c: ApiContainer): void {
  app.get(
    '/api/events',
    {
      schema: {
        tags: ['events'],
        summary:
          'Server-sent events for your sessions. Each event: `id` (send it back as Last-Event-ID to resume), ' +
          '`event` = type (stage.started, stage.completed, session.completed, session.failed, …), ' +
          '`data` = the same JSON as GET /api/sessions/:id; for `stage.progress` (a running transcription, about ' +
          'once a second) `data` = `{session, progress: {stage, step, fraction}}`.',
        headers: z.object({ 'last-event-id': z.string().regex(/^\d+$/).optional() }).loose(),
        querystring: z.object({ lastEventId: z.string().regex(/^\d+$/).optional() }),
        response: { 200: z.string().describe('text/event-stream'), ...authErrors },
      },
    },
    async (req, reply) => {
      const ctx = authorize(req, EVERYONE);
      const raw = req.headers['last-event-id'] ?? req.query.lastEventId;
      const lastEventId = typeof raw === 'string' ? Number(raw) : undefined;
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
        'x-request-id': String(req.id),
      });
      res.write('retry: 2000\n\n');
      const write = (f: SseFrame): void => {
        res.write(f.wire);
      };
      const disconnect = await c.eventHub.connect(ctx.actor, lastEventId, write, () => res.end());
      const keepalive = setInterval(() => res.write(': keepalive\n\n'), KEEPALIVE_MS);
      const stop = (): void => {
        clearInterval(keepalive);
        disconnect();
      };
      req.raw.on('close', stop);
      res.on('error', stop);
    },
  );
}
