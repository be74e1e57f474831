import { FieldCipher, parseFieldKeys } from '../security/field-cipher.ts';
import type { Config } from './config.ts';

/** The field cipher for FIELD_ENCRYPTION_KEYS; the first listed key encrypts new writes. */
export function fieldCipherFromConfig(config: Pick<Config, 'FIELD_ENCRYPTION_KEYS'>): FieldCipher {
  const keys = parseFieldKeys(config.FIELD_ENCRYPTION_KEYS);
  const [activeKeyId] = keys.keys();
  if (activeKeyId === undefined) throw new Error('FIELD_ENCRYPTION_KEYS has no key');
  return new FieldCipher({ activeKeyId, keys });
}
