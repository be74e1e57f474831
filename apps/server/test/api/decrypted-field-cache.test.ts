import { describe, expect, it } from 'vitest';
import { DecryptedFieldCache } from '../../src/security/decrypted-field-cache.ts';

describe('DecryptedFieldCache', () => {
  it('decrypts once per key and keeps the total plaintext under its budget, dropping the least recently used', () => {
    const cache = new DecryptedFieldCache(10);
    const opened: string[] = [];
    const get = (key: string, text: string) =>
      cache.get(key, () => {
        opened.push(key);
        return text;
      });
    expect(get('a', 'aaaa')).toBe('aaaa');
    expect(get('a', 'other')).toBe('aaaa');
    get('b', 'bbbb');
    get('a', 'aaaa'); // a is now the most recently used
    get('c', 'cccc'); // 12 characters: b goes
    get('a', 'aaaa');
    get('b', 'bbbb');
    expect(opened).toEqual(['a', 'b', 'c', 'b']);
  });

  it('does not keep a plaintext larger than the whole budget', () => {
    const cache = new DecryptedFieldCache(3);
    let opens = 0;
    const open = () => {
      opens += 1;
      return 'too long';
    };
    expect(cache.get('x', open)).toBe('too long');
    expect(cache.get('x', open)).toBe('too long');
    expect(opens).toBe(2);
  });
});
