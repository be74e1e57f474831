import { z } from 'zod';
import { hashPassword } from '../security/password.hasher.ts';
import { hashOpaqueToken, newOpaqueToken } from '../security/opaque-token.ts';
import { setSessionCookies } from '../auth/session-cookies.ts';
import { errorDto, toUserDto, userDto } from '../services/dto.ts';
import { HttpError, badRequest } from './http-error.ts';
import { STAFF, authorize } from './request-context.helper.ts';
import type { ApiContainer } from './api-container.ts';
import { authErrors, idParams, type ZodApp } from './zod-app.ts';

const email = z.email({ message: 'email must be a valid address' }).max(254);
const password = z
  .string()
  .min(10, { message: 'password must be at least 10 characters' })
  .max(200, { message: 'password must be at most 200 characters' });
const name = z.string().trim().min(1, { message: 'name is required' }).max(200);
const sessionOut = z.object({ user: userDto, csrfToken: z.string() });
const INVITE_TTL_MS = 7 * 24 * 3_600_000;

/** A clinician invites a client by link; accepting creates the client's login and signs them in. */
export function registerInviteRoutes(
  app: ZodApp,
  c: ApiContainer,
  authRateLimit: object,
  cookie: { secure: boolean; secret: string },
): void {
  app.post(
    '/api/clients/:id/invite',
    {
      schema: {
        tags: ['clients'],
        summary: 'Create an invite link for the client to make their own login',
        params: idParams,
        body: z.object({ email }),
        response: { 201: z.object({ url: z.string(), expiresAt: z.string() }), ...authErrors },
      },
    },
    async (req, reply) => {
      const ctx = authorize(req, STAFF);
      const client = await c.clients.require(ctx, req.params.id);
      if (client.user_id) throw new HttpError(409, 'conflict', 'this client already has a login');
      const { token, hash } = newOpaqueToken('isi');
      const expiresAt = new Date(Date.now() + INVITE_TTL_MS);
      await c.repos.invites.create({
        practiceId: ctx.actor.practiceId,
        clientId: client.id,
        createdBy: ctx.actor.userId,
        email: req.body.email,
        tokenHash: hash,
        expiresAt,
      });
      await c.repos.audit.record(ctx.actor, ctx.origin, {
        action: 'client.invite',
        resourceType: 'client',
        resourceId: client.id,
      });
      const url = new URL(`/invite?token=${encodeURIComponent(token)}`, c.config.PUBLIC_URL).toString();
      return reply.status(201).send({ url, expiresAt: expiresAt.toISOString() });
    },
  );

  app.post(
    '/api/invites/accept',
    {
      config: { rateLimit: authRateLimit },
      schema: {
        tags: ['clients'],
        summary: 'Accept a client invite: create the client login and sign in',
        body: z.object({ token: z.string().min(10).max(200), name, password }),
        response: { 201: sessionOut, 400: errorDto, 409: errorDto },
      },
    },
    async (req, reply) => {
      const invite = await c.repos.invites.peekEmail(hashOpaqueToken(req.body.token));
      if (invite && (await c.repos.users.findByEmail(invite)))
        throw new HttpError(409, 'conflict', 'an account with this email already exists');
      const userId = await c.repos.invites.accept(
        hashOpaqueToken(req.body.token),
        await hashPassword(req.body.password),
        req.body.name,
        new Date(),
      );
      const user = userId ? await c.repos.users.findById(userId) : undefined;
      if (!user) throw badRequest('this invite link is invalid, used or expired', 'invite_invalid');
      const session = await c.auth.issueSession(user, { ip: req.ip, userAgent: null });
      const csrfToken = setSessionCookies(reply, session, cookie);
      await c.repos.audit.record(
        null,
        { ip: req.ip, requestId: String(req.id) },
        { action: 'client.invite.accept', resourceType: 'user', resourceId: user.id },
        user.practice_id,
      );
      return reply.status(201).send({ user: toUserDto(user), csrfToken });
    },
  );
}
