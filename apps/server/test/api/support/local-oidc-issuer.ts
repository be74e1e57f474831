import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';

export interface LocalIssuer {
  issuer: string;
  /** Simulates the user signing in at the IdP: returns the code the IdP would redirect back with. */
  authorize(authUrl: string, email: string): string;
  close(): Promise<void>;
}

// A minimal OpenID provider on 127.0.0.1 (discovery, JWKS, token endpoint with PKCE) so sign-in is tested
// against real signed ID tokens without reaching the internet.
export async function startLocalIssuer(clientId: string, clientSecret: string): Promise<LocalIssuer> {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'test', alg: 'RS256', use: 'sig' };
  const codes = new Map<string, { email: string; nonce: string; challenge: string }>();
  let issuer = '';
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', issuer);
    const json = (status: number, body: unknown): void => {
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    if (url.pathname === '/.well-known/openid-configuration') {
      return json(200, {
        issuer,
        authorization_endpoint: `${issuer}/authorize`,
        token_endpoint: `${issuer}/token`,
        jwks_uri: `${issuer}/jwks`,
      });
    }
    if (url.pathname === '/jwks') return json(200, { keys: [jwk] });
    if (url.pathname === '/token' && req.method === 'POST') {
      let raw = '';
      req.on('data', (c: Buffer) => (raw += c.toString()));
      req.on('end', () => {
        const form = new URLSearchParams(raw);
        const entry = codes.get(form.get('code') ?? '');
        const challenge = createHash('sha256')
          .update(form.get('code_verifier') ?? '')
          .digest('base64url');
        if (!entry || form.get('client_secret') !== clientSecret || challenge !== entry.challenge) {
          return json(400, { error: 'invalid_grant' });
        }
        codes.delete(form.get('code') ?? '');
        void new SignJWT({ email: entry.email, email_verified: true, nonce: entry.nonce })
          .setProtectedHeader({ alg: 'RS256', kid: 'test' })
          .setIssuer(issuer)
          .setAudience(clientId)
          .setSubject(`sub-${entry.email}`)
          .setIssuedAt()
          .setExpirationTime('5m')
          .sign(privateKey)
          .then((idToken) => json(200, { id_token: idToken, token_type: 'Bearer' }));
      });
      return;
    }
    json(404, { error: 'not_found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    issuer,
    authorize(authUrl, email) {
      const params = new URL(authUrl).searchParams;
      const code = `code-${codes.size + 1}-${Date.now()}`;
      codes.set(code, {
        email,
        nonce: params.get('nonce') ?? '',
        challenge: params.get('code_challenge') ?? '',
      });
      return code;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
