import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FieldCipher, parseFieldKeys } from '../../src/security/field-cipher.ts';
import { hashPassword, verifyPassword } from '../../src/security/password.hasher.ts';
import { signWebhook, verifyWebhookSignature } from '../../src/security/webhook-signature.ts';
import { currentTotp, newTotpSecret, verifyTotp } from '../../src/security/totp.ts';
import { csrfTokenFor, csrfTokenValid } from '../../src/security/csrf.ts';
import { hashOpaqueToken, newOpaqueToken } from '../../src/security/opaque-token.ts';
import { sniffAudioType } from '../../src/services/uploads/audio-type.sniffer.ts';

describe('field encryption', () => {
  const k1 = randomBytes(32);
  const k2 = randomBytes(32);
  it('round-trips and never stores the plaintext', () => {
    const cipher = new FieldCipher({ activeKeyId: 'k1', keys: new Map([['k1', k1]]) });
    const stored = cipher.encrypt('I have been feeling low since March');
    expect(stored).not.toContain('feeling');
    expect(cipher.keyIdOf(stored)).toBe('k1');
    expect(cipher.decrypt(stored)).toBe('I have been feeling low since March');
  });
  it('reads old-key rows after rotation and reports they need re-encryption', () => {
    const old = new FieldCipher({ activeKeyId: 'k1', keys: new Map([['k1', k1]]) });
    const rotated = new FieldCipher({
      activeKeyId: 'k2',
      keys: new Map([
        ['k1', k1],
        ['k2', k2],
      ]),
    });
    const stored = old.encryptJson({ score: 4 });
    expect(rotated.decryptJson(stored)).toEqual({ score: 4 });
    expect(rotated.needsRotation(stored)).toBe(true);
    expect(rotated.needsRotation(rotated.encrypt('x'))).toBe(false);
  });
  it('rejects a tampered ciphertext', () => {
    const cipher = new FieldCipher({ activeKeyId: 'k1', keys: new Map([['k1', k1]]) });
    const stored = cipher.encrypt('secret');
    const tampered = stored.slice(0, -2) + (stored.endsWith('A') ? 'BB' : 'AA');
    expect(() => cipher.decrypt(tampered)).toThrow();
  });
  it('parses the key list format and refuses short keys', () => {
    const keys = parseFieldKeys(`a:${k1.toString('base64')}, b:${k2.toString('base64')}`);
    expect([...keys.keys()]).toEqual(['a', 'b']);
    expect(() => new FieldCipher({ activeKeyId: 'x', keys: new Map([['x', randomBytes(16)]]) })).toThrow(/32 bytes/);
  });
});

describe('passwords and tokens', () => {
  it('verifies the right password only', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash, 'correct horse battery')).toBe(true);
    expect(await verifyPassword(hash, 'wrong')).toBe(false);
    expect(await verifyPassword('not-a-hash', 'x')).toBe(false);
  });
  it('stores only a hash of opaque tokens', () => {
    const t = newOpaqueToken('ist');
    expect(t.token.startsWith('ist_')).toBe(true);
    expect(t.hash).toBe(hashOpaqueToken(t.token));
    expect(t.hash).not.toContain(t.token.slice(4));
  });
  it('binds CSRF tokens to one session', () => {
    const tok = csrfTokenFor('s3cret', 'session-a');
    expect(csrfTokenValid('s3cret', 'session-a', tok)).toBe(true);
    expect(csrfTokenValid('s3cret', 'session-b', tok)).toBe(false);
    expect(csrfTokenValid('s3cret', 'session-a', undefined)).toBe(false);
  });
});

describe('TOTP', () => {
  it('accepts the current code and rejects others', async () => {
    const secret = newTotpSecret();
    const code = await currentTotp(secret);
    expect(await verifyTotp(secret, code)).toBe(true);
    expect(await verifyTotp(secret, code === '000000' ? '111111' : '000000')).toBe(false);
    expect(await verifyTotp(secret, 'abcdef')).toBe(false);
  });
});

describe('webhook signatures', () => {
  it('verifies within tolerance and rejects tampering or replay', () => {
    const body = JSON.stringify({ type: 'session.analyzed', id: 's1' });
    const header = signWebhook('whsec', 1_700_000_000, body);
    expect(verifyWebhookSignature('whsec', header, body, 1_700_000_010)).toBe(true);
    expect(verifyWebhookSignature('whsec', header, body + ' ', 1_700_000_010)).toBe(false);
    expect(verifyWebhookSignature('other', header, body, 1_700_000_010)).toBe(false);
    expect(verifyWebhookSignature('whsec', header, body, 1_700_010_000)).toBe(false);
  });
});

describe('audio sniffing', () => {
  const bytes = (s: string, pad = 16): Uint8Array => {
    const b = Buffer.alloc(pad);
    b.write(s, 'latin1');
    return b;
  };
  it('recognises containers from bytes, not names', () => {
    expect(sniffAudioType(bytes('RIFF\0\0\0\0WAVEfmt '))).toBe('audio/wav');
    expect(sniffAudioType(bytes('OggS'))).toBe('audio/ogg');
    expect(sniffAudioType(bytes('fLaC'))).toBe('audio/flac');
    expect(sniffAudioType(bytes('\0\0\0\x20ftypM4A '))).toBe('audio/mp4');
    expect(sniffAudioType(bytes('ID3\x04'))).toBe('audio/mpeg');
    expect(sniffAudioType(Uint8Array.from([0xff, 0xfb, 0x90, 0x64, ...new Array(12).fill(0)]))).toBe('audio/mpeg');
    expect(sniffAudioType(Uint8Array.from([0x1a, 0x45, 0xdf, 0xa3, ...new Array(12).fill(0)]))).toBe('audio/webm');
    expect(sniffAudioType(bytes('<html><body>'))).toBeUndefined();
    expect(sniffAudioType(bytes('MZ\x90\0'))).toBeUndefined();
    expect(sniffAudioType(bytes('RIFF'))).toBeUndefined();
  });
});
