import type { APIRequestContext } from 'playwright-core';

/**
 * Calls the API with the browser context's cookies (request context shares them) and the CSRF token from
 * /api/auth/me, for test set-up steps that are not what the test is about.
 */
export async function apiCall<T>(
  request: APIRequestContext,
  base: string,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<T> {
  const me = await request.get(`${base}/api/auth/me`);
  if (!me.ok()) throw new Error(`not signed in: ${me.status()}`);
  const { csrfToken } = (await me.json()) as { csrfToken: string | null };
  const res = await request.fetch(`${base}${path}`, {
    method,
    headers: { 'x-csrf-token': csrfToken ?? '', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { data: JSON.stringify(body) }),
  });
  if (!res.ok()) throw new Error(`${method} ${path} → ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
}
