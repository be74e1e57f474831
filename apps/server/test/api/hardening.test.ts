import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type ApiHarness } from './support/api-app.ts';

describe('HTTP hardening', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await startApi({ AUTH_RATE_LIMIT_PER_MINUTE: '3', CORS_ORIGINS: 'https://portal.example' });
  });
  afterAll(() => h.close());

  it('rate-limits sign-in attempts per IP', async () => {
    const attempt = () =>
      h.app.inject({
        method: 'POST',
        url: '/api/auth/signin',
        payload: { email: 'a@b.example', password: 'wrong password' },
      });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await attempt()).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
  });

  it('sends security headers and allows CORS only for configured origins', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/api/auth/me', headers: { origin: 'https://evil.example' } });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(String(res.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    const ok = await h.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { origin: 'https://portal.example' },
    });
    expect(ok.headers['access-control-allow-origin']).toBe('https://portal.example');
  });

  it('refuses oversized JSON bodies', async () => {
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/clients',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(res.statusCode).toBe(413);
  });

  it('serves the OpenAPI document at /docs', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/docs/json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json<{ paths: Record<string, unknown> }>();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/sessions', '/api/sessions/{id}/status', '/api/events', '/api/demo']),
    );
  });
});
