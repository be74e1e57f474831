import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FieldCipher } from '../../src/security/field-cipher.ts';
import { fieldKeyUsage, rotateFieldKeys } from '../../src/repositories/key-rotation.repository.ts';
import { ClinicalContentRepository } from '../../src/repositories/clinical-content.repository.ts';
import { startApi, type ApiHarness } from './support/api-app.ts';
import { ApiUser } from './support/api-user.ts';
import { makeFixture } from './support/api-world.ts';

describe('field key rotation', () => {
  const k1 = randomBytes(32);
  const k2 = randomBytes(32);
  let h: ApiHarness;
  beforeAll(async () => {
    h = await startApi({ FIELD_ENCRYPTION_KEYS: `k1:${k1.toString('base64')}` });
  });
  afterAll(() => h.close());

  it('re-encrypts transcripts and notes under the new key, and they stay readable without the old key', async () => {
    const admin = await ApiUser.signUp(h.app, 'rot@example.org');
    const f = await makeFixture(admin, 'Rotated Client');
    const db = h.testDb.database.db;
    expect((await fieldKeyUsage(db))['transcripts']).toEqual({ k1: 1 });
    const both = new FieldCipher({
      activeKeyId: 'k2',
      keys: new Map([
        ['k2', k2],
        ['k1', k1],
      ]),
    });
    const report = await rotateFieldKeys(db, both);
    expect(report.rotated['transcripts']).toBe(1);
    expect(report.rotated['clinical_note_versions']).toBe(1);
    const usage = await fieldKeyUsage(db);
    expect(usage['transcripts']).toEqual({ k2: 1 });
    expect(usage['clinical_note_versions']).toEqual({ k2: 1 });
    const onlyNew = new FieldCipher({ activeKeyId: 'k2', keys: new Map([['k2', k2]]) });
    const t = await new ClinicalContentRepository(db, onlyNew).transcript(f.sessionId);
    expect(t?.segments[0]?.text).toMatch(/Welcome back/);
    expect((await rotateFieldKeys(db, both)).rotated['transcripts']).toBe(0);
  });
});
