import type { RawBuilder } from 'kysely';
import { asJson } from '../db/json.ts';
import type { FieldCipher } from './field-cipher.ts';

// Field-level encryption for jsonb columns: the column holds a JSON string "enc:v1:<key>:…" and the row's key_id
// names the key. Rows with key_id NULL (written before encryption was configured) are read as they are.

export function sealJson(cipher: FieldCipher, value: unknown): { value: RawBuilder<string>; keyId: string } {
  return { value: asJson(cipher.encryptJson(value)), keyId: cipher.activeKeyId };
}

export function openJson<T>(cipher: FieldCipher, stored: unknown, keyId: string | null): T {
  if (keyId === null || typeof stored !== 'string') return stored as T;
  return cipher.decryptJson<T>(stored);
}
