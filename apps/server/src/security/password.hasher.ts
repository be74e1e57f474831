import argon2 from 'argon2';

// OWASP's argon2id floor (19 MiB, t=2) keeps sign-in under ~50 ms on a 2-core box while resisting GPU cracking.
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

/** Returns false (never throws) for malformed hashes so a corrupt row reads as a failed sign-in. */
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

// A fixed hash verified when the email is unknown, so response time does not reveal which emails exist.
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword('insession-timing-equaliser');
  await verifyPassword(await dummyHash, password);
}
