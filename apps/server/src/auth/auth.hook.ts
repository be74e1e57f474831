import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from './actor.ts';
import type { AuthService } from './auth.service.ts';
import { csrfTokenValid } from '../security/csrf.ts';
import { HttpError } from '../routes/http-error.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

export const SESSION_COOKIE = 'insession_session';
export const CSRF_COOKIE = 'insession_csrf';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function bearer(req: FastifyRequest): string | undefined {
  const header = req.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
}

/**
 * Resolves the caller from a bearer token or the session cookie. Cookie-authenticated writes must echo the
 * CSRF token (double-submit, bound to the session), because browsers attach cookies to cross-site requests.
 */
export function registerAuthHook(app: FastifyInstance, auth: AuthService, secret: string): void {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (req) => {
    const token = bearer(req);
    if (token) {
      req.actor = (await auth.resolveApiToken(token)) ?? null;
      if (!req.actor) throw new HttpError(401, 'unauthorized', 'the API token is invalid or revoked');
      return;
    }
    const cookie = req.cookies[SESSION_COOKIE];
    if (!cookie) return;
    req.actor = (await auth.resolveSession(cookie)) ?? null;
    if (req.actor && !SAFE_METHODS.has(req.method)) {
      const presented = req.headers[CSRF_HEADER];
      const value = Array.isArray(presented) ? presented[0] : presented;
      if (!csrfTokenValid(secret, req.actor.sessionHash ?? '', value)) {
        throw new HttpError(403, 'csrf', 'missing or invalid CSRF token (send the x-csrf-token header)');
      }
    }
  });
}
