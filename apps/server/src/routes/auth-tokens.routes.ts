import { z } from 'zod';
import { HttpError, badRequest } from './http-error.ts';
import { EVERYONE, authorize } from './request-context.helper.ts';
import type { ApiContainer } from './api-container.ts';
import { authErrors, idParams, type ZodApp } from './zod-app.ts';

const tokenDto = z.object({ id: z.uuid(), name: z.string(), createdAt: z.string(), lastUsedAt: z.string().nullable() });

/** API tokens for the CLI and integrations: shown once, stored as sha256 only. */
export function registerTokenRoutes(app: ZodApp, c: ApiContainer): void {
  app.get(
    '/api/auth/tokens',
    { schema: { tags: ['auth'], summary: 'Your API tokens', response: { 200: z.array(tokenDto), ...authErrors } } },
    async (req) => {
      const ctx = authorize(req, EVERYONE);
      const rows = await c.repos.creds.listApiTokens(ctx.actor.userId);
      return rows.map((r) => ({
        id: r.id,
        name: r.name,
        createdAt: r.created_at.toISOString(),
        lastUsedAt: r.last_used_at?.toISOString() ?? null,
      }));
    },
  );

  app.post(
    '/api/auth/tokens',
    {
      schema: {
        tags: ['auth'],
        summary: 'Create an API token (shown once) for the CLI or integrations',
        body: z.object({ name: z.string().trim().min(1, { message: 'name is required' }).max(100) }),
        response: { 201: tokenDto.extend({ token: z.string() }), ...authErrors },
      },
    },
    async (req, reply) => {
      const ctx = authorize(req, EVERYONE);
      if (ctx.actor.isDemo) throw badRequest('API tokens are not available in the demo');
      const t = await c.auth.createApiToken(ctx.actor, req.body.name);
      await c.repos.audit.record(ctx.actor, ctx.origin, {
        action: 'token.create',
        resourceType: 'api_token',
        resourceId: t.id,
      });
      return reply
        .status(201)
        .send({ id: t.id, name: t.name, token: t.token, createdAt: t.created_at.toISOString(), lastUsedAt: null });
    },
  );

  app.delete(
    '/api/auth/tokens/:id',
    {
      schema: {
        tags: ['auth'],
        summary: 'Revoke an API token',
        params: idParams,
        response: { 204: z.null(), ...authErrors },
      },
    },
    async (req, reply) => {
      const ctx = authorize(req, EVERYONE);
      if (!(await c.repos.creds.revokeApiToken(ctx.actor.userId, req.params.id)))
        throw new HttpError(404, 'not_found', 'token not found');
      await c.repos.audit.record(ctx.actor, ctx.origin, {
        action: 'token.revoke',
        resourceType: 'api_token',
        resourceId: req.params.id,
      });
      return reply.status(204).send(null);
    },
  );
}
