import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OidcClient } from '../../src/auth/oidc.client.ts';
import { startLocalIssuer } from './support/local-oidc-issuer.ts';
import type { LocalIssuer } from './support/local-oidc-issuer.ts';

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
