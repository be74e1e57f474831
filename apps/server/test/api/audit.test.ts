import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type ApiHarness } from './support/api-app.ts';
import { buildWorld, type World } from './support/api-world.ts';

describe('audit log', () => {
  let h: ApiHarness;
  let w: World;
  beforeAll(async () => {
    h = await startApi();
    w = await buildWorld(h);
  });
  afterAll(() => h.close());

  const reads = (w: World) => {
    const { clientId, sessionId } = w.targets.own;
    return [
      { url: `/api/clients/${clientId}`, action: 'client.read', id: clientId },
      { url: `/api/clients/${clientId}/export`, action: 'client.export', id: clientId },
      { url: `/api/sessions/${sessionId}`, action: 'session.read', id: sessionId },
      { url: `/api/sessions/${sessionId}/analyses`, action: 'analysis.read', id: sessionId },
      { url: `/api/sessions/${sessionId}/transcript`, action: 'transcript.read', id: sessionId },
      { url: `/api/sessions/${sessionId}/notes`, action: 'note.read', id: sessionId },
      { url: `/api/sessions/${sessionId}/homework`, action: 'homework.read', id: sessionId },
      { url: `/api/clients/${clientId}/questionnaires`, action: 'questionnaire.read', id: clientId },
      { url: `/api/clients/${clientId}/risk-flags`, action: 'risk.read', id: clientId },
      { url: `/api/clients/${clientId}/progress`, action: 'progress.read', id: clientId },
    ];
  };

  it('writes who, what, when and from where for every clinical read', async () => {
    for (const r of reads(w)) {
      const res = await w.clinA1.get(r.url);
      expect(res.statusCode, r.url).toBe(200);
      const requestId = String(res.headers['x-request-id'] ?? '');
      const rows = await h.testDb.database.db
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', r.action)
        .where('resource_id', '=', r.id)
        .where('actor_user_id', '=', w.clinA1.id)
        .orderBy('id', 'desc')
        .execute();
      expect(rows.length, r.action).toBeGreaterThan(0);
      expect(rows[0]).toMatchObject({ practice_id: w.clinA1.practiceId, ip: '127.0.0.1' });
      expect(rows[0]?.at).toBeInstanceOf(Date);
      expect(requestId).not.toBe('');
      expect(rows[0]?.request_id).toBe(requestId);
    }
  });

  it('lets admins filter the log and refuses it to clinicians and other practices', async () => {
    const res = await w.adminA.get(`/api/audit?action=transcript.read&actorUserId=${w.clinA1.id}`);
    expect(res.statusCode).toBe(200);
    const rows = res.json<{ action: string; actorUserId: string }[]>();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.action === 'transcript.read' && r.actorUserId === w.clinA1.id)).toBe(true);
    expect((await w.clinA1.get('/api/audit')).statusCode).toBe(403);
    const other = (await w.adminB.get('/api/audit?action=transcript.read')).json<unknown[]>();
    expect(other).toEqual([]);
  });

  it('refuses a direct UPDATE or DELETE on audit_log, and erasing a client keeps its audit rows', async () => {
    const db = h.testDb.database.db;
    await expect(sql`UPDATE audit_log SET action = 'tampered'`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_log`.execute(db)).rejects.toThrow(/append-only/);
    const { clientId } = w.targets.other;
    expect((await w.adminA.delete(`/api/clients/${clientId}`)).statusCode).toBe(204);
    const kept = await db.selectFrom('audit_log').select('action').where('resource_id', '=', clientId).execute();
    expect(kept.map((k) => k.action)).toContain('client.erase');
    expect(kept.length).toBeGreaterThan(1);
    expect(await db.selectFrom('clients').select('id').where('id', '=', clientId).execute()).toEqual([]);
    expect(await db.selectFrom('sessions').select('id').where('client_id', '=', clientId).execute()).toEqual([]);
  });

  it('stores transcripts and notes encrypted at rest', async () => {
    const raw = await sql<{
      segments: unknown;
      key_id: string;
    }>`SELECT segments, key_id FROM transcripts WHERE session_id = ${w.targets.own.sessionId}`.execute(
      h.testDb.database.db,
    );
    expect(JSON.stringify(raw.rows[0]?.segments)).toMatch(/^"enc:v1:/);
    expect(JSON.stringify(raw.rows)).not.toContain('presentation');
    const notes = await sql<{ body: unknown }>`SELECT body FROM clinical_note_versions`.execute(h.testDb.database.db);
    expect(JSON.stringify(notes.rows)).not.toContain('Poor sleep');
    const api = await w.clinA1.get(`/api/sessions/${w.targets.own.sessionId}/transcript`);
    expect(api.body).toContain('presentation');
  });
});
