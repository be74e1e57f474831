import { z } from 'zod';
import { WEBHOOK_EVENT_TYPES } from '../repositories/api-tables.ts';
import type { WebhookRow } from '../repositories/webhook.repository.ts';
import { notFound } from './http-error.ts';
import { ADMIN, authorize } from './request-context.helper.ts';
import type { ApiContainer } from './api-container.ts';
import { authErrors, idParams, type ZodApp } from './zod-app.ts';

const webhookDto = z.object({ id: z.uuid(), url: z.string(), events: z.array(z.string()), createdAt: z.string() });
const toDto = (w: WebhookRow): z.infer<typeof webhookDto> => ({
  id: w.id,
  url: w.url,
  events: w.events as string[],
  createdAt: w.created_at.toISOString(),
});

export function registerWebhookRoutes(app: ZodApp, c: ApiContainer): void {
  app.get(
    '/api/webhooks',
    {
      schema: {
        tags: ['webhooks'],
        summary: "Admin: the practice's webhooks",
        response: { 200: z.array(webhookDto), ...authErrors },
      },
    },
    async (req) => (await c.repos.webhooks.list(authorize(req, ADMIN).actor.practiceId)).map(toDto),
  );

  app.post(
    '/api/webhooks',
    {
      schema: {
        tags: ['webhooks'],
        summary:
          'Admin: register a URL for events. Deliveries are POSTed with `x-insession-signature: t=<unix>,v1=<hex>` where ' +
          'v1 = HMAC-SHA256(secret, `<t>.<body>`); the secret is shown only in this response.',
        body: z
          .object({
            url: z.url({ protocol: /^https?$/, message: 'url must be an http(s) URL' }).max(2000),
            events: z.array(z.enum(WEBHOOK_EVENT_TYPES)).min(1).max(WEBHOOK_EVENT_TYPES.length),
          })
          .strict(),
        response: { 201: webhookDto.extend({ secret: z.string() }), ...authErrors },
      },
    },
    async (req, reply) => {
      const ctx = authorize(req, ADMIN);
      const { hook, secret } = await c.webhooks.register(ctx.actor.practiceId, req.body.url, req.body.events);
      await c.repos.audit.record(ctx.actor, ctx.origin, {
        action: 'webhook.create',
        resourceType: 'webhook',
        resourceId: hook.id,
      });
      return reply.status(201).send({ ...toDto(hook), secret });
    },
  );

  app.delete(
    '/api/webhooks/:id',
    {
      schema: {
        tags: ['webhooks'],
        summary: 'Admin: remove a webhook',
        params: idParams,
        response: { 204: z.null(), ...authErrors },
      },
    },
    async (req, reply) => {
      const ctx = authorize(req, ADMIN);
      if (!(await c.repos.webhooks.disable(ctx.actor.practiceId, req.params.id))) throw notFound('webhook');
      await c.repos.audit.record(ctx.actor, ctx.origin, {
        action: 'webhook.delete',
        resourceType: 'webhook',
        resourceId: req.params.id,
      });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/webhooks/:id/deliveries',
    {
      schema: {
        tags: ['webhooks'],
        summary: 'Admin: the delivery log of a webhook (latest first)',
        params: idParams,
        response: {
          200: z.array(
            z.object({
              id: z.uuid(),
              eventType: z.string(),
              status: z.enum(['pending', 'delivered', 'failed']),
              attempts: z.number(),
              lastStatusCode: z.number().nullable(),
              lastError: z.string().nullable(),
              createdAt: z.string(),
              deliveredAt: z.string().nullable(),
            }),
          ),
          ...authErrors,
        },
      },
    },
    async (req) => {
      const ctx = authorize(req, ADMIN);
      const rows = await c.repos.webhooks.deliveries(ctx.actor.practiceId, req.params.id, 200);
      return rows.map((d) => ({
        id: d.id,
        eventType: d.event_type,
        status: d.status,
        attempts: d.attempts,
        lastStatusCode: d.last_status_code,
        lastError: d.last_error,
        createdAt: d.created_at.toISOString(),
        deliveredAt: d.delivered_at?.toISOString() ?? null,
      }));
    },
  );
}
