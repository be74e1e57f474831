import { z } from 'zod';
import { hashPassword } from '../security/password.hasher.ts';
import { csrfTokenFor } from '../security/csrf.ts';
import { clearSessionCookies, setSessionCookies } from '../auth/session-cookies.ts';
import { SESSION_COOKIE } from '../auth/auth.hook.ts';
import { toUserDto, userDto, errorDto } from '../services/dto.ts';
import { HttpError } from './http-error.ts';
import { EVERYONE, STAFF, ADMIN, authorize } from './request-context.helper.ts';
import type { ApiContainer } from './api-container.ts';
import { authErrors, type ZodApp } from './zod-app.ts';

const email = z.email({ message: 'email must be a valid address' }).max(254);
const password = z
  .string()
  .min(10, { message: 'password must be at least 10 characters' })
  .max(200, { message: 'password must be at most 200 characters' });
const name = z.string().trim().min(1, { message: 'name is required' }).max(200);
const sessionOut = z.object({ user: userDto, csrfToken: z.string() });
const RESET_TTL_MS = 60 * 60_000;

export function registerAuthRoutes(app: ZodApp, c: ApiContainer, authRateLimit: object): void {
  const secure = c.config.isProduction;
  const secret = c.config.SESSION_SECRET;
  const meta = (req: { ip: string; headers: Record<string, unknown> }) => ({
    ip: req.ip,
    userAgent: typeof req.headers['user-agent'] === 'string' ? req.headers['user-agent'].slice(0, 300) : null,
  });

  app.post(
    '/api/auth/signup',
    {
      config: { rateLimit: authRateLimit },
      schema: {
        tags: ['auth'],
        summary: 'Create a practice and its first admin, and sign in',
        body: z.object({ practiceName: name, name, email, password }),
        response: { 201: sessionOut, 400: errorDto, 409: errorDto },
      },
    },
    async (req, reply) => {
      const user = await c.auth.signUp(req.body);
      const session = await c.auth.issueSession(user, meta(req));
      const csrfToken = setSessionCookies(reply, session, { secure, secret });
      await c.repos.audit.record(
        null,
        { ip: req.ip, requestId: String(req.id) },
        { action: 'auth.signup', resourceType: 'user', resourceId: user.id },
        user.practice_id,
      );
      return reply.status(201).send({ user: toUserDto(user), csrfToken });
    },
  );

  app.post(
    '/api/auth/signin',
    {
      config: { rateLimit: authRateLimit },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with email and password (plus TOTP code when enrolled)',
        body: z.object({ email, password: z.string().min(1).max(200), totp: z.string().max(10).optional() }),
        response: { 200: sessionOut, 400: errorDto, 401: errorDto },
      },
    },
    async (req, reply) => {
      const user = await c.auth.checkCredentials(req.body.email, req.body.password, req.body.totp);
      const session = await c.auth.issueSession(user, meta(req));
      const csrfToken = setSessionCookies(reply, session, { secure, secret });
      await c.repos.audit.record(
        null,
        { ip: req.ip, requestId: String(req.id) },
        { action: 'auth.signin', resourceType: 'user', resourceId: user.id },
        user.practice_id,
      );
      return { user: toUserDto(user), csrfToken };
    },
  );

  app.post(
    '/api/auth/signout',
    { schema: { tags: ['auth'], summary: 'End this browser session', response: { 204: z.null() } } },
    async (req, reply) => {
      const token = req.cookies[SESSION_COOKIE];
      if (token) await c.auth.signOut(token);
      clearSessionCookies(reply, secure);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/auth/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user (and the CSRF token for cookie sessions)',
        response: {
          200: z.object({ user: userDto, csrfToken: z.string().nullable(), isDemo: z.boolean() }),
          401: errorDto,
        },
      },
    },
    async (req) => {
      const ctx = authorize(req, EVERYONE);
      const user = await c.repos.users.findById(ctx.actor.userId);
      if (!user) throw new HttpError(401, 'unauthorized', 'sign in required');
      const csrfToken = ctx.actor.sessionHash ? csrfTokenFor(secret, ctx.actor.sessionHash) : null;
      return { user: toUserDto(user), csrfToken, isDemo: ctx.actor.isDemo };
    },
  );

  app.post(
    '/api/auth/totp/enrol',
    {
      schema: {
        tags: ['auth'],
        summary: 'Start TOTP enrolment; returns the secret and an otpauth:// URI for the authenticator app',
        response: { 200: z.object({ secret: z.string(), uri: z.string() }), ...authErrors },
      },
    },
    async (req) => c.auth.startTotp(authorize(req, STAFF).actor),
  );

  app.post(
    '/api/auth/totp/verify',
    {
      schema: {
        tags: ['auth'],
        summary: 'Confirm TOTP enrolment with a current code; sign-in then requires codes',
        body: z.object({ code: z.string().regex(/^\d{6}$/, { message: 'code must be 6 digits' }) }),
        response: { 204: z.null(), ...authErrors },
      },
    },
    async (req, reply) => {
      await c.auth.confirmTotp(authorize(req, STAFF).actor, req.body.code);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/auth/password-reset',
    {
      config: { rateLimit: authRateLimit },
      schema: {
        tags: ['auth'],
        summary: 'Email a password-reset link (same answer whether or not the email exists)',
        body: z.object({ email }),
        response: { 202: z.object({ ok: z.literal(true) }), 400: errorDto },
      },
    },
    async (req, reply) => {
      const reset = await c.auth.createPasswordReset(req.body.email, RESET_TTL_MS);
      if (reset) {
        const link = new URL(`/reset-password?token=${encodeURIComponent(reset.token)}`, c.config.PUBLIC_URL);
        await c.mailer.send({
          to: reset.user.email,
          subject: 'Reset your Insession password',
          text: `Someone asked to reset the password of ${reset.user.email}.\n\nOpen this link within an hour to choose a new one:\n${link.toString()}\n\nIf it was not you, ignore this email.`,
        });
      }
      return reply.status(202).send({ ok: true });
    },
  );

  app.post(
    '/api/auth/password-reset/confirm',
    {
      config: { rateLimit: authRateLimit },
      schema: {
        tags: ['auth'],
        summary: 'Set a new password with a reset token; ends all existing sessions',
        body: z.object({ token: z.string().min(10).max(200), password }),
        response: { 204: z.null(), 400: errorDto },
      },
    },
    async (req, reply) => {
      await c.auth.changePasswordWithReset(req.body.token, req.body.password);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/users',
    {
      schema: {
        tags: ['auth'],
        summary: 'Admin: add a clinician or admin to the practice',
        body: z.object({ email, name, password, role: z.enum(['clinician', 'admin']) }),
        response: { 201: userDto, ...authErrors },
      },
    },
    async (req, reply) => {
      const ctx = authorize(req, ADMIN);
      if (await c.repos.users.findByEmail(req.body.email))
        throw new HttpError(409, 'conflict', 'an account with this email already exists');
      const user = await c.repos.users.createUser({
        practiceId: ctx.actor.practiceId,
        email: req.body.email,
        name: req.body.name,
        role: req.body.role,
        passwordHash: await hashPassword(req.body.password),
      });
      await c.repos.audit.record(ctx.actor, ctx.origin, {
        action: 'user.create',
        resourceType: 'user',
        resourceId: user.id,
      });
      return reply.status(201).send(toUserDto(user));
    },
  );

  app.get(
    '/api/users',
    {
      schema: {
        tags: ['auth'],
        summary: 'Admin: the practice staff',
        response: { 200: z.array(userDto), ...authErrors },
      },
    },
    async (req) => {
      const ctx = authorize(req, ADMIN);
      return (await c.repos.users.listPracticeStaff(ctx.actor.practiceId)).map(toUserDto);
    },
  );
}
