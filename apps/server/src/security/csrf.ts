import { createHmac, timingSafeEqual } from 'node:crypto';

// Double-submit token bound to the auth session: HMAC(secret, session token hash). Nothing extra is stored,
// and a token stolen from one session is useless in another.
export function csrfTokenFor(secret: string, sessionHash: string): string {
  return createHmac('sha256', secret).update(`csrf:${sessionHash}`).digest('base64url');
}

export function csrfTokenValid(secret: string, sessionHash: string, presented: string | undefined): boolean {
  if (!presented) return false;
  const expected = Buffer.from(csrfTokenFor(secret, sessionHash));
  const got = Buffer.from(presented);
  return got.length === expected.length && timingSafeEqual(got, expected);
}
