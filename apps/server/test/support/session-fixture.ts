import { readFile } from 'node:fs/promises';
import { parseTranscript } from '@insession/core';
import type { Kysely } from 'kysely';
import type { SourceKind } from '../../src/db/enums.ts';
import type { DB } from '../../src/db/schema.ts';
import type { FieldCipher } from '../../src/security/field-cipher.ts';
import { sealJson } from '../../src/security/sealed-json.ts';

export interface SessionFixture {
  practiceId: string;
  clinicianId: string;
  clientId: string;
  sessionId: string;
}

let counter = 0;

/** A practice, a clinician, a client and one session (no upload yet). */
export async function createSessionFixture(db: Kysely<DB>, sourceKind: SourceKind): Promise<SessionFixture> {
  counter += 1;
  const practice = await db
    .insertInto('practices')
    .values({ name: 'Fixture Practice' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const clinician = await db
    .insertInto('users')
    .values({
      practice_id: practice.id,
      email: `clinician-${process.pid}-${counter}-${Date.now()}@example.org`,
      name: 'Sam Fixture',
      role: 'clinician',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const client = await db
    .insertInto('clients')
    .values({ practice_id: practice.id, clinician_id: clinician.id, name: 'Maya Fixture' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const session = await db
    .insertInto('sessions')
    .values({
      practice_id: practice.id,
      client_id: client.id,
      clinician_id: clinician.id,
      session_date: '2026-01-05',
      source_kind: sourceKind,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { practiceId: practice.id, clinicianId: clinician.id, clientId: client.id, sessionId: session.id };
}

/** Stores a demo transcript file for the session, encrypted, as the upload route would. */
export async function storeDemoTranscript(db: Kysely<DB>, cipher: FieldCipher, f: SessionFixture): Promise<void> {
  const file = new URL('../../src/demo/content/maya-01.txt', import.meta.url);
  const transcript = await parseTranscript({ bytes: await readFile(file), filename: 'maya-01.txt' });
  const segments = sealJson(cipher, transcript.segments);
  await db
    .insertInto('transcripts')
    .values({
      practice_id: f.practiceId,
      session_id: f.sessionId,
      engine: 'upload',
      source_format: transcript.format,
      source_filename: transcript.filename,
      times_estimated: transcript.timesEstimated,
      segments: segments.value,
      speakers: sealJson(cipher, transcript.speakers).value,
      key_id: segments.keyId,
    })
    .execute();
}
