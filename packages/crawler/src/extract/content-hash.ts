import { createHash } from 'node:crypto';

/** SHA-256 of the readable text with whitespace and case folded, so cosmetic markup changes do not count. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/g, ' ').trim().toLowerCase()).digest('hex');
}
