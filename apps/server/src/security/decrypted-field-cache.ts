/**
 * A bounded LRU of decrypted field plaintexts (JSON text), so a session page that is polled or opened by several
 * people does not pay AES-GCM and base64 decoding for the same rows on every read. Callers key each entry by
 * the row id and the stored value's sealing (key id, random IV and tag): an upsert or a key rotation writes a
 * new sealing, so it misses and is decrypted afresh; nothing is ever served for a ciphertext it was not
 * decrypted from. Bounded by total characters, so large payloads cannot grow the process without limit.
 */
export class DecryptedFieldCache {
  private readonly entries = new Map<string, string>();
  private chars = 0;

  constructor(private readonly maxChars: number) {}

  /** The plaintext for `key`, decrypting (and remembering) it with `open` on a miss. */
  get(key: string, open: () => string): string {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      // Map keeps insertion order: re-inserting makes this the most recently used entry.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const plaintext = open();
    if (plaintext.length <= this.maxChars) {
      this.entries.set(key, plaintext);
      this.chars += plaintext.length;
      for (const [oldest, value] of this.entries) {
        if (this.chars <= this.maxChars) break;
        this.entries.delete(oldest);
        this.chars -= value.length;
      }
    }
    return plaintext;
  }
}
