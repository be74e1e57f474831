import { createHash, randomBytes } from 'node:crypto';

/** A random secret handed to the user once; only its sha256 is stored, so a DB leak yields no usable tokens. */
export interface OpaqueToken {
  token: string;
  hash: string;
}

export function newOpaqueToken(prefix: string): OpaqueToken {
  const token = `${prefix}_${randomBytes(32).toString('base64url')}`;
  return { token, hash: hashOpaqueToken(token) };
}

export function hashOpaqueToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
