import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

// Stored format: `enc:v1:<keyId>:<iv>:<tag>:<ciphertext>` (base64url). The key id lets `insession keys rotate`
// find rows written under an old key and lets reads keep working while rotation runs.
const PREFIX = 'enc:v1:';

export interface FieldKeys {
  /** Key id used for new writes. */
  activeKeyId: string;
  /** Every key that may still be found in stored rows, by id; 32 bytes each. */
  keys: ReadonlyMap<string, Buffer>;
}

export class FieldCipher {
  constructor(private readonly opts: FieldKeys) {
    const active = opts.keys.get(opts.activeKeyId);
    if (!active) throw new Error(`field encryption key "${opts.activeKeyId}" is not configured`);
    for (const [id, key] of opts.keys) {
      if (key.length !== 32) throw new Error(`field encryption key "${id}" must be 32 bytes`);
      if (id.includes(':')) throw new Error(`field encryption key id "${id}" must not contain ':'`);
    }
  }

  get activeKeyId(): string {
    return this.opts.activeKeyId;
  }

  encrypt(plaintext: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key(this.opts.activeKeyId), iv);
    const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    const tag = cipher.getAuthTag();
    return `${PREFIX}${this.opts.activeKeyId}:${b64(iv)}:${b64(tag)}:${b64(ct)}`;
  }

  decrypt(stored: string): string {
    const [keyId, iv, tag, ct] = stored.startsWith(PREFIX) ? stored.slice(PREFIX.length).split(':') : [];
    if (keyId === undefined || iv === undefined || tag === undefined || ct === undefined) {
      throw new Error('value is not an encrypted field');
    }
    const decipher = createDecipheriv('aes-256-gcm', this.key(keyId), Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString('utf8');
  }

  encryptJson(value: unknown): string {
    return this.encrypt(JSON.stringify(value));
  }

  decryptJson<T = unknown>(stored: string): T {
    return JSON.parse(this.decrypt(stored)) as T;
  }

  /** Key id a stored value was written with, or undefined for plaintext. */
  keyIdOf(stored: string): string | undefined {
    return stored.startsWith(PREFIX) ? stored.slice(PREFIX.length).split(':')[0] : undefined;
  }

  /** `keyId:iv:tag` of a stored value (undefined for plaintext): names one sealing, as every write draws a new IV. */
  sealingOf(stored: string): string | undefined {
    return stored.startsWith(PREFIX) ? stored.slice(PREFIX.length).split(':', 3).join(':') : undefined;
  }

  /** True when the value must be re-encrypted to end up under the active key. */
  needsRotation(stored: string): boolean {
    return this.keyIdOf(stored) !== this.opts.activeKeyId;
  }

  private key(id: string): Buffer {
    const key = this.opts.keys.get(id);
    if (!key) throw new Error(`field encryption key "${id}" is not configured`);
    return key;
  }
}

/** Parses `id1:base64key,id2:base64key` (the FIELD_ENCRYPTION_KEYS format). */
export function parseFieldKeys(spec: string): Map<string, Buffer> {
  const keys = new Map<string, Buffer>();
  for (const entry of spec
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const idx = entry.indexOf(':');
    if (idx <= 0) throw new Error('each key must be written as <id>:<base64 32 bytes>');
    keys.set(entry.slice(0, idx), Buffer.from(entry.slice(idx + 1), 'base64'));
  }
  return keys;
}

function b64(buf: Buffer): string {
  return buf.toString('base64url');
}
