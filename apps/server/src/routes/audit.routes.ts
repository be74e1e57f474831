import { z } from 'zod';
import { ADMIN, authorize } from './request-context.helper.ts';
import type { ApiContainer } from './api-container.ts';
import { authErrors, type ZodApp } from './zod-app.ts';

export function registerAuditRoutes(app: ZodApp, c: ApiContainer): void {
  app.get(
    '/api/audit',
    {
      schema: {
        tags: ['audit'],
        summary: "Admin: the practice's audit log, newest first, filterable",
        querystring: z.object({
          actorUserId: z.uuid().optional(),
          action: z.string().max(60).optional(),
          resourceType: z.string().max(40).optional(),
          resourceId: z.string().max(60).optional(),
          since: z.iso.datetime().optional(),
          until: z.iso.datetime().optional(),
          beforeId: z.coerce.number().int().positive().optional(),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
        response: {
          200: z.array(
            z.object({
              id: z.number(),
              at: z.string(),
              actorUserId: z.string().nullable(),
              action: z.string(),
              resourceType: z.string(),
              resourceId: z.string().nullable(),
              ip: z.string().nullable(),
              requestId: z.string().nullable(),
              details: z.unknown(),
            }),
          ),
          ...authErrors,
        },
      },
    },
    async (req) => {
      const ctx = authorize(req, ADMIN);
      const q = req.query;
      const rows = await c.repos.audit.list({
        practiceId: ctx.actor.practiceId,
        limit: q.limit,
        ...(q.actorUserId ? { actorUserId: q.actorUserId } : {}),
        ...(q.action ? { action: q.action } : {}),
        ...(q.resourceType ? { resourceType: q.resourceType } : {}),
        ...(q.resourceId ? { resourceId: q.resourceId } : {}),
        ...(q.since ? { since: new Date(q.since) } : {}),
        ...(q.until ? { until: new Date(q.until) } : {}),
        ...(q.beforeId ? { beforeId: q.beforeId } : {}),
      });
      return rows.map((r) => ({
        id: r.id,
        at: r.at.toISOString(),
        actorUserId: r.actor_user_id,
        action: r.action,
        resourceType: r.resource_type,
        resourceId: r.resource_id,
        ip: r.ip,
        requestId: r.request_id,
        details: r.details,
      }));
    },
  );
}
