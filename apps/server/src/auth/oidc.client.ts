import { createHash, randomBytes } from 'node:crypto';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import type { JWTVerifyGetKey } from 'jose';
import { z } from 'zod';

export interface OidcOptions {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUrl: string;
}

const Discovery = z.object({
  issuer: z.string(),
  authorization_endpoint: z.string().url(),
  token_endpoint: z.string().url(),
  jwks_uri: z.string().url(),
});
type Discovery = z.infer<typeof Discovery>;

const TokenResponse = z.object({ id_token: z.string() });

/** What the browser must carry between start and callback (kept in a signed, httpOnly cookie). */
export interface OidcPending {
  state: string;
  nonce: string;
  verifier: string;
}

export interface OidcIdentity {
  subject: string;
  email: string;
}

// Authorization-code flow with PKCE against the practice's own identity provider. Discovery and the JWKS are
// fetched lazily and cached, so a down IdP only breaks OIDC sign-in, not server start.
export class OidcClient {
  private discovery: Promise<Discovery> | undefined;
  private jwks: JWTVerifyGetKey | undefined;

  constructor(private readonly opts: OidcOptions) {}

  async start(): Promise<{ url: string; pending: OidcPending }> {
    const d = await this.meta();
    const pending: OidcPending = { state: rand(), nonce: rand(), verifier: rand() };
    const url = new URL(d.authorization_endpoint);
    url.search = new URLSearchParams({
      response_type: 'code',
      client_id: this.opts.clientId,
      redirect_uri: this.opts.redirectUrl,
      scope: 'openid email',
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: createHash('sha256').update(pending.verifier).digest('base64url'),
      code_challenge_method: 'S256',
    }).toString();
    return { url: url.toString(), pending };
  }

  /** Exchanges the code and verifies the ID token (signature, issuer, audience, expiry, nonce). */
  async finish(code: string, state: string, pending: OidcPending): Promise<OidcIdentity> {
    if (state !== pending.state) throw new Error('OIDC state mismatch');
    const d = await this.meta();
    const res = await fetch(d.token_endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: this.opts.redirectUrl,
        client_id: this.opts.clientId,
        client_secret: this.opts.clientSecret,
        code_verifier: pending.verifier,
      }),
    });
    if (!res.ok) throw new Error(`OIDC token endpoint answered ${res.status}`);
    const { id_token } = TokenResponse.parse(await res.json());
    this.jwks ??= createRemoteJWKSet(new URL(d.jwks_uri));
    const { payload } = await jwtVerify(id_token, this.jwks, { issuer: d.issuer, audience: this.opts.clientId });
    if (payload['nonce'] !== pending.nonce) throw new Error('OIDC nonce mismatch');
    const email = payload['email'];
    if (typeof email !== 'string' || payload['email_verified'] === false || !payload.sub) {
      throw new Error('OIDC ID token carries no verified email');
    }
    return { subject: payload.sub, email: email.toLowerCase() };
  }

  private meta(): Promise<Discovery> {
    this.discovery ??= (async () => {
      const res = await fetch(new URL('.well-known/openid-configuration', withSlash(this.opts.issuer)));
      if (!res.ok) throw new Error(`OIDC discovery answered ${res.status}`);
      return Discovery.parse(await res.json());
    })();
    this.discovery.catch(() => (this.discovery = undefined));
    return this.discovery;
  }
}

function rand(): string {
  return randomBytes(24).toString('base64url');
}

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}
