import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type ApiHarness } from './support/api-app.ts';
import { uploadRecording, writeCheckpoint } from './support/stored-audio.ts';
import { buildWorld, tinyWav, type World } from './support/api-world.ts';

// Tables that hold a client's data, keyed by client or by one of the client's sessions. The fixture fills all
// but analyses, pipeline events, roll-ups and reading recommendations (their jobs do not run here); those must be empty afterwards too.
const BY_CLIENT = [
  'sessions',
  'clinical_notes',
  'homework_items',
  'client_invites',
  'questionnaire_responses',
  'risk_flags',
] as const;
const BY_CLIENT_UNFILLED = ['client_rollups', 'library_recommendations', 'pipeline_events'] as const;
const BY_SESSION = ['media_files', 'transcripts', 'recording_consents'] as const;
const BY_SESSION_UNFILLED = ['analyses', 'pipeline_events'] as const;

describe('DELETE /api/clients/:id (erase)', () => {
  let h: ApiHarness;
  let w: World;
  let ownSessions: string[];
  const files = { shared: '', unique: '' };

  const count = async (table: string, column: 'id' | 'client_id' | 'session_id', ids: string[]) => {
    const row = await h.testDb.database.db
      .selectFrom(table as 'sessions')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where(column as 'client_id', 'in', ids)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };

  beforeAll(async () => {
    h = await startApi();
    w = await buildWorld(h);
    const { own, other } = w.targets;
    // The same recording in both clients' sessions is one file on disk (storage is content-addressed per practice).
    files.shared = await uploadRecording(h, w.clinA1, own.draftSessionId, tinyWav());
    expect(await uploadRecording(h, w.clinA2, other.draftSessionId, tinyWav())).toBe(files.shared);
    const third = await w.clinA1.post('/api/sessions', { clientId: own.clientId, sessionDate: '2026-01-19' });
    const thirdId = third.json<{ id: string }>().id;
    files.unique = await uploadRecording(h, w.clinA1, thirdId, Buffer.concat([tinyWav(), Buffer.alloc(2)]));
    ownSessions = [own.sessionId, own.draftSessionId, thirdId];
    const phq9 = await w.clientUser.post(`/api/clients/${own.clientId}/questionnaires`, {
      kind: 'phq9',
      answers: [1, 1, 1, 1, 1, 1, 1, 1, 2],
    });
    expect(phq9.statusCode).toBe(201);
  });
  afterAll(() => h.close());

  it('refuses other clinicians, other practices and clients, erasing nothing', async () => {
    const { clientId } = w.targets.own;
    for (const [user, status] of [
      [w.clinA2, 404],
      [w.adminB, 404],
      [w.clientUser, 403],
    ] as const) {
      const res = await user.delete(`/api/clients/${clientId}`);
      expect(res.statusCode).toBe(status);
      expect(res.body).not.toContain('Own Client');
    }
    expect(await count('sessions', 'client_id', [clientId])).toBe(3);
    expect(existsSync(files.unique)).toBe(true);
  });

  it("deletes the client's rows, recordings, checkpoints and login; keeps audit rows and other clients' files", async () => {
    const { own, other } = w.targets;
    const db = h.testDb.database.db;
    const ownWork = await writeCheckpoint(h, own.draftSessionId);
    const otherWork = await writeCheckpoint(h, other.draftSessionId);
    for (const table of BY_CLIENT) expect(await count(table, 'client_id', [own.clientId]), table).toBeGreaterThan(0);
    for (const table of BY_SESSION) expect(await count(table, 'session_id', ownSessions), table).toBeGreaterThan(0);
    const auditBefore = await db
      .selectFrom('audit_log')
      .select('action')
      .where('resource_id', 'in', [own.clientId, ...ownSessions])
      .execute();

    expect((await w.clinA1.delete(`/api/clients/${own.clientId}`)).statusCode).toBe(204);

    expect(await count('clients', 'id', [own.clientId])).toBe(0);
    for (const table of [...BY_CLIENT, ...BY_CLIENT_UNFILLED])
      expect(await count(table, 'client_id', [own.clientId]), table).toBe(0);
    for (const table of [...BY_SESSION, ...BY_SESSION_UNFILLED])
      expect(await count(table, 'session_id', ownSessions), table).toBe(0);
    const versions = await db.selectFrom('clinical_note_versions').select('id').where('note_id', '=', own.noteId);
    expect(await versions.execute()).toEqual([]);
    expect(await db.selectFrom('users').select('id').where('id', '=', w.clientUser.id).execute()).toEqual([]);
    expect((await w.clientUser.get('/api/sessions')).statusCode).toBe(401);
    expect(existsSync(files.unique)).toBe(false);
    expect(existsSync(ownWork)).toBe(false);

    const auditAfter = await db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('resource_id', 'in', [own.clientId, ...ownSessions])
      .execute();
    expect(auditAfter).toHaveLength(auditBefore.length + 1);
    expect(auditAfter).toContainEqual({ action: 'client.erase', details: { files: 2, sessions: 3 } });
    expect(auditAfter.map((a) => a.action)).toEqual(expect.arrayContaining(['client.create', 'session.audio.upload']));

    // The other client's session still has its recording (the shared file) and its checkpoints.
    expect(existsSync(files.shared)).toBe(true);
    expect(existsSync(otherWork)).toBe(true);
    expect((await w.clinA2.get(`/api/sessions/${other.draftSessionId}/audio`)).statusCode).toBe(200);
    expect((await w.clinA1.delete(`/api/clients/${own.clientId}`)).statusCode).toBe(404);
  });
});
