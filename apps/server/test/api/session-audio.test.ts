import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type ApiHarness } from './support/api-app.ts';
import { buildWorld, multipart, tinyWav, type World } from './support/api-world.ts';

describe('GET /api/sessions/:id/audio', () => {
  let h: ApiHarness;
  let w: World;
  let sessionId: string;
  const wav = tinyWav();
  beforeAll(async () => {
    h = await startApi();
    w = await buildWorld(h);
    sessionId = (
      await w.clinA1.post('/api/sessions', { clientId: w.targets.own.clientId, sessionDate: '2026-03-02' })
    ).json<{ id: string }>().id;
    const up = await w.clinA1.request({
      method: 'POST',
      url: `/api/sessions/${sessionId}/audio`,
      ...multipart({ consent: 'true' }, { name: 'rec.bin', type: 'application/octet-stream', bytes: wav }),
    });
    expect(up.statusCode).toBe(201);
  });
  afterAll(() => h.close());

  const audioReads = async () =>
    (
      await h.testDb.database.db
        .selectFrom('audit_log')
        .select(['actor_user_id', 'details'])
        .where('action', '=', 'audio.read')
        .where('resource_id', '=', sessionId)
        .execute()
    ).map((r) => ({ actor: r.actor_user_id, details: r.details }));

  it('streams the whole recording with the sniffed content type, and audits the read', async () => {
    const res = await w.clinA1.get(`/api/sessions/${sessionId}/audio`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('audio/wav');
    expect(res.headers['accept-ranges']).toBe('bytes');
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(Number(res.headers['content-length'])).toBe(wav.length);
    expect(res.rawPayload.equals(wav)).toBe(true);
    expect(await audioReads()).toContainEqual({
      actor: w.clinA1.id,
      details: expect.objectContaining({ range: 'all' }),
    });
  });

  it('answers a Range request with 206 and exactly those bytes, so a player can seek', async () => {
    const res = await w.clinA1.request({
      method: 'GET',
      url: `/api/sessions/${sessionId}/audio`,
      headers: { range: 'bytes=44-99' },
    });
    expect(res.statusCode).toBe(206);
    expect(res.headers['content-range']).toBe(`bytes 44-99/${wav.length}`);
    expect(res.headers['content-length']).toBe('56');
    expect(res.rawPayload.equals(wav.subarray(44, 100))).toBe(true);

    const tail = await w.clinA1.request({
      method: 'GET',
      url: `/api/sessions/${sessionId}/audio`,
      headers: { range: 'bytes=-4' },
    });
    expect(tail.statusCode).toBe(206);
    expect(tail.rawPayload.equals(wav.subarray(wav.length - 4))).toBe(true);

    const outside = await w.clinA1.request({
      method: 'GET',
      url: `/api/sessions/${sessionId}/audio`,
      headers: { range: `bytes=${wav.length}-` },
    });
    expect(outside.statusCode).toBe(416);
    expect(outside.headers['content-range']).toBe(`bytes */${wav.length}`);
    expect(await audioReads()).toContainEqual({
      actor: w.clinA1.id,
      details: expect.objectContaining({ range: '44-99' }),
    });
  });

  it('lets the practice admin listen; another clinician and another practice get 404, a client 403', async () => {
    expect((await w.adminA.get(`/api/sessions/${sessionId}/audio`)).statusCode).toBe(200);
    for (const stranger of [w.clinA2, w.adminB]) {
      const res = await stranger.get(`/api/sessions/${sessionId}/audio`);
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain('RIFF');
    }
    const client = await w.clientUser.get(`/api/sessions/${sessionId}/audio`);
    expect(client.statusCode).toBe(403);
    expect((await w.clinA1.get(`/api/sessions/${w.targets.own.sessionId}/audio`)).json()).toEqual({
      error: 'not_found',
      message: 'recording not found',
    });
    const actors = (await audioReads()).map((r) => r.actor);
    expect(actors).not.toContain(w.clinA2.id);
    expect(actors).not.toContain(w.adminB.id);
    expect(actors).not.toContain(w.clientUser.id);
  });

  it('says the recording is gone once retention has deleted it', async () => {
    const file = await h.testDb.database.db
      .selectFrom('media_files')
      .selectAll()
      .where('session_id', '=', sessionId)
      .executeTakeFirstOrThrow();
    // What the audio.retention job does (its own test runs the job): remove the file, keep the row.
    await rm(path.join(h.filesDir, file.storage_path));
    await h.testDb.database.db
      .updateTable('media_files')
      .set({ deleted_at: new Date() })
      .where('id', '=', file.id)
      .execute();
    const res = await w.clinA1.get(`/api/sessions/${sessionId}/audio`);
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({
      error: 'recording_deleted',
      message: "the recording was deleted under the practice's retention setting",
    });
  });
});
