import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OidcClient } from '../../src/auth/oidc.client.ts';
import { startLocalIssuer } from './support/local-oidc-issuer.ts';
import type { LocalIssuer } from './support/local-oidc-issuer.ts';
import { startApi } from './support/api-app.ts';
import { ApiUser } from './support/api-user.ts';

describe('OIDC client against a local issuer', () => {
  let idp: LocalIssuer;
  let client: OidcClient;
  beforeAll(async () => {
    idp = await startLocalIssuer('insession', 'client-secret');
    client = new OidcClient({
      issuer: idp.issuer,
      clientId: 'insession',
      clientSecret: 'client-secret',
      redirectUrl: 'http://127.0.0.1/api/auth/oidc/callback',
    });
  });
  afterAll(() => idp.close());

  it('signs in with a verified ID token', async () => {
    const { url, pending } = await client.start();
    expect(url.startsWith(`${idp.issuer}/authorize?`)).toBe(true);
    const code = idp.authorize(url, 'Dr.Who@Example.org');
    await expect(client.finish(code, pending.state, pending)).resolves.toEqual({
      subject: 'sub-Dr.Who@Example.org',
      email: 'dr.who@example.org',
    });
  });

  it('refuses a forged state and a reused code', async () => {
    const { url, pending } = await client.start();
    const code = idp.authorize(url, 'a@example.org');
    await expect(client.finish(code, 'forged', pending)).rejects.toThrow(/state/);
    await client.finish(code, pending.state, pending);
    await expect(client.finish(code, pending.state, pending)).rejects.toThrow(/400/);
  });

  it('refuses an ID token minted for another sign-in (nonce)', async () => {
    const first = await client.start();
    const second = await client.start();
    const code = idp.authorize(first.url, 'a@example.org');
    await expect(client.finish(code, second.pending.state, second.pending)).rejects.toThrow(/nonce|400/);
  });
});

describe('OIDC sign-in routes', () => {
  it('signs in an existing account through the local issuer and refuses unknown emails', async () => {
    const idp = await startLocalIssuer('insession', 'client-secret');
    const h = await startApi({
      OIDC_ISSUER: idp.issuer,
      OIDC_CLIENT_ID: 'insession',
      OIDC_CLIENT_SECRET: 'client-secret',
    });
    try {
      await ApiUser.signUp(h.app, 'sso@clinic.example');
      const signIn = async (email: string) => {
        const start = await h.app.inject({ method: 'GET', url: '/api/auth/oidc/start' });
        expect(start.statusCode).toBe(302);
        const pending = start.cookies.find((c) => c.name === 'insession_oidc');
        const code = idp.authorize(String(start.headers.location), email);
        const state = new URL(String(start.headers.location)).searchParams.get('state') ?? '';
        return h.app.inject({
          method: 'GET',
          url: `/api/auth/oidc/callback?code=${encodeURIComponent(code)}&state=${encodeURIComponent(state)}`,
          headers: { cookie: `insession_oidc=${pending?.value ?? ''}` },
        });
      };
      const ok = await signIn('SSO@clinic.example');
      expect(ok.statusCode).toBe(302);
      const session = ok.cookies.find((c) => c.name === 'insession_session');
      const me = await h.app.inject({
        method: 'GET',
        url: '/api/auth/me',
        headers: { cookie: `insession_session=${session?.value}` },
      });
      expect(me.json()).toMatchObject({ user: { email: 'sso@clinic.example' } });
      expect((await signIn('stranger@else.example')).statusCode).toBe(403);
      const forged = await h.app.inject({ method: 'GET', url: '/api/auth/oidc/callback?code=x&state=y' });
      expect(forged.statusCode).toBe(400);
    } finally {
      await h.close();
      await idp.close();
    }
  });
});
