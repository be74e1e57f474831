import { generate, generateSecret, generateURI, verify } from 'otplib';

export function newTotpSecret(): string {
  return generateSecret();
}

export function totpUri(secret: string, issuer: string, label: string): string {
  return generateURI({ issuer, label, secret });
}

/** Accepts the previous and next 30 s step too, because phone clocks drift. */
export async function verifyTotp(secret: string, token: string): Promise<boolean> {
  if (!/^\d{6}$/.test(token)) return false;
  const result = await verify({ secret, token, epochTolerance: 30 });
  return result.valid;
}

/** Current code for a secret; used by tests and the CLI's enrolment check. */
export function currentTotp(secret: string): Promise<string> {
  return generate({ secret });
}
