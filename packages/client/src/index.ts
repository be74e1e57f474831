import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths } from './schema.d.ts';

export type { paths, components } from './schema.d.ts';
export type InsessionClient = Client<paths>;

export interface ClientOptions {
  /** Server origin, e.g. `http://127.0.0.1:8080`; empty for same-origin use in the browser. */
  baseUrl?: string;
  /** API token (CLI, integrations). Without it the browser's session cookie is used. */
  token?: string;
  /** Returns the CSRF token for cookie sessions (from sign-in, /api/auth/me, or the `insession_csrf` cookie). */
  csrfToken?: () => string | undefined;
  fetch?: typeof globalThis.fetch;
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Typed client for the Insession API, generated from the server's OpenAPI document. */
export function createInsessionClient(opts: ClientOptions = {}): InsessionClient {
  const client = createClient<paths>({
    baseUrl: opts.baseUrl ?? '',
    credentials: 'include',
    ...(opts.fetch ? { fetch: opts.fetch } : {}),
  });
  const auth: Middleware = {
    onRequest({ request }) {
      if (opts.token) request.headers.set('authorization', `Bearer ${opts.token}`);
      const csrf = opts.csrfToken?.();
      if (!opts.token && csrf && UNSAFE.has(request.method)) request.headers.set('x-csrf-token', csrf);
      return request;
    },
  };
  client.use(auth);
  return client;
}

/** Reads the CSRF cookie the server sets at sign-in (browser only). */
export function csrfFromCookie(cookie: string): string | undefined {
  return /(?:^|;\s*)insession_csrf=([^;]+)/.exec(cookie)?.[1];
}
