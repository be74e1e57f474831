import type { FastifyReply } from 'fastify';
import { csrfTokenFor } from '../security/csrf.ts';
import { CSRF_COOKIE, SESSION_COOKIE } from './auth.hook.ts';

/**
 * Sets the httpOnly session cookie and the script-readable CSRF cookie; returns the CSRF token so JSON clients
 * can also take it from the response body.
 */
export function setSessionCookies(
  reply: FastifyReply,
  session: { token: string; tokenHash: string; expiresAt: Date },
  opts: { secure: boolean; secret: string },
): string {
  const csrf = csrfTokenFor(opts.secret, session.tokenHash);
  const base = { path: '/', sameSite: 'lax' as const, secure: opts.secure, expires: session.expiresAt };
  void reply.setCookie(SESSION_COOKIE, session.token, { ...base, httpOnly: true });
  void reply.setCookie(CSRF_COOKIE, csrf, { ...base, httpOnly: false });
  return csrf;
}

export function clearSessionCookies(reply: FastifyReply, secure: boolean): void {
  void reply.clearCookie(SESSION_COOKIE, { path: '/', secure, sameSite: 'lax', httpOnly: true });
  void reply.clearCookie(CSRF_COOKIE, { path: '/', secure, sameSite: 'lax' });
}
