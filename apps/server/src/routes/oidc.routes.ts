import { z } from 'zod';
import type { OidcPending } from '../auth/oidc.client.ts';
import { setSessionCookies } from '../auth/session-cookies.ts';
import { HttpError } from './http-error.ts';
import type { ApiContainer } from './api-container.ts';
import type { ZodApp } from './zod-app.ts';

const PENDING_COOKIE = 'insession_oidc';
const PENDING_TTL_MS = 10 * 60_000;

/** OpenID Connect sign-in with the practice's identity provider (only when OIDC_* is configured). */
export function registerOidcRoutes(app: ZodApp, c: ApiContainer, authRateLimit: object): void {
  const oidc = c.oidc;
  if (!oidc) return;
  const secure = c.config.isProduction;

  app.get(
    '/api/auth/oidc/start',
    { config: { rateLimit: authRateLimit }, schema: { tags: ['auth'], summary: 'Redirect to the identity provider' } },
    async (_req, reply) => {
      const { url, pending } = await oidc.start();
      // State, nonce and PKCE verifier ride in an encrypted, httpOnly cookie: nothing to store server-side.
      const sealed = c.cipher.encrypt(JSON.stringify({ ...pending, exp: Date.now() + PENDING_TTL_MS }));
      void reply.setCookie(PENDING_COOKIE, sealed, {
        path: '/api/auth/oidc',
        httpOnly: true,
        secure,
        sameSite: 'lax',
        maxAge: PENDING_TTL_MS / 1000,
      });
      return reply.redirect(url, 302);
    },
  );

  app.get(
    '/api/auth/oidc/callback',
    {
      config: { rateLimit: authRateLimit },
      schema: {
        tags: ['auth'],
        summary: 'Identity provider callback: signs in the user whose verified email matches an account',
        querystring: z.object({ code: z.string().min(1).max(2000), state: z.string().min(1).max(200) }),
      },
    },
    async (req, reply) => {
      const raw = req.cookies[PENDING_COOKIE];
      let pending: (OidcPending & { exp: number }) | undefined;
      try {
        pending = raw ? (JSON.parse(c.cipher.decrypt(raw)) as OidcPending & { exp: number }) : undefined;
      } catch {
        pending = undefined;
      }
      if (!pending || pending.exp < Date.now())
        throw new HttpError(400, 'oidc_expired', 'the sign-in attempt expired; start again');
      void reply.clearCookie(PENDING_COOKIE, { path: '/api/auth/oidc' });
      let email: string;
      try {
        email = (await oidc.finish(req.query.code, req.query.state, pending)).email;
      } catch (err) {
        req.log.warn({ err }, 'OIDC sign-in refused');
        throw new HttpError(401, 'oidc_failed', 'the identity provider sign-in could not be verified');
      }
      const user = await c.repos.users.findByEmail(email);
      if (!user || user.disabled_at)
        throw new HttpError(403, 'no_account', 'no Insession account uses this email; ask your practice admin');
      const session = await c.auth.issueSession(user, { ip: req.ip, userAgent: null });
      setSessionCookies(reply, session, { secure, secret: c.config.SESSION_SECRET });
      await c.repos.audit.record(
        null,
        { ip: req.ip, requestId: String(req.id) },
        { action: 'auth.signin.oidc', resourceType: 'user', resourceId: user.id },
        user.practice_id,
      );
      return reply.redirect('/', 302);
    },
  );
}
