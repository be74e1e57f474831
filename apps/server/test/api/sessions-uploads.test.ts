import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldCipherFromConfig } from '../../src/config/field-cipher.ts';
import { sealJson } from '../../src/security/sealed-json.ts';
import { startApi, type ApiHarness } from './support/api-app.ts';
import { TRANSCRIPT, buildWorld, multipart, tinyWav, type World } from './support/api-world.ts';

describe('uploads, notes, homework and progress', () => {
  let h: ApiHarness;
  let w: World;
  beforeAll(async () => {
    h = await startApi({ UPLOAD_MAX_MB: '1' });
    w = await buildWorld(h);
  });
  afterAll(() => h.close());

  const newSession = async (sourceKind = 'audio') =>
    (
      await w.clinA1.post('/api/sessions', { clientId: w.targets.own.clientId, sessionDate: '2026-03-02', sourceKind })
    ).json<{ id: string }>().id;
  const upload = (id: string, kind: 'audio' | 'transcript', body: ReturnType<typeof multipart>) =>
    w.clinA1.request({ method: 'POST', url: `/api/sessions/${id}/${kind}`, ...body });

  it('stores audio by its sniffed type and sha256, queues transcription, and treats a retry as the same upload', async () => {
    const id = await newSession();
    const wav = tinyWav();
    const body = () => multipart({ consent: 'true' }, { name: 'looks-like.mp3', type: 'audio/mpeg', bytes: wav });
    const first = await upload(id, 'audio', body());
    expect(first.statusCode).toBe(201);
    const sha = createHash('sha256').update(wav).digest('hex');
    expect(first.json()).toMatchObject({ sha256: sha, mimeType: 'audio/wav', sizeBytes: wav.length, duplicate: false });
    const again = await upload(id, 'audio', body());
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ duplicate: true, fileId: first.json<{ fileId: string }>().fileId });
    const status = (await w.clinA1.get(`/api/sessions/${id}/status`)).json<{
      status: string;
      stages: { uploadedAt: string };
    }>();
    expect(status.status).toBe('uploaded');
    expect(status.stages.uploadedAt).not.toBeNull();
    const depth = await h.jobs.queue.depth();
    expect(depth.find((d) => d.name === 'transcribe')?.queued).toBeGreaterThan(0);
    const consent = await h.testDb.database.db
      .selectFrom('recording_consents')
      .selectAll()
      .where('session_id', '=', id)
      .execute();
    expect(consent).toHaveLength(1);
    expect(existsSync(path.join(h.filesDir, w.clinA1.practiceId, `${sha}.wav`))).toBe(true);
    const other = await upload(
      id,
      'audio',
      multipart(
        { consent: 'true' },
        { name: 'b.wav', type: 'audio/wav', bytes: Buffer.concat([wav, Buffer.alloc(2)]) },
      ),
    );
    expect(other.statusCode).toBe(409);
  });

  it('refuses non-audio bytes, missing consent and files over the limit, leaving the session a draft', async () => {
    const id = await newSession();
    const html = await upload(
      id,
      'audio',
      multipart(
        { consent: 'true' },
        { name: 'x.wav', type: 'audio/wav', bytes: Buffer.from('<html><body>not audio</body></html>') },
      ),
    );
    expect(html.statusCode).toBe(415);
    const noConsent = await upload(id, 'audio', multipart({}, { name: 'x.wav', type: 'audio/wav', bytes: tinyWav() }));
    expect(noConsent.statusCode).toBe(400);
    expect(noConsent.json().message).toMatch(/consent/);
    const big = Buffer.concat([tinyWav(), Buffer.alloc(1024 * 1024 + 10)]);
    const tooBig = await upload(
      id,
      'audio',
      multipart({ consent: 'true' }, { name: 'x.wav', type: 'audio/wav', bytes: big }),
    );
    expect(tooBig.statusCode).toBe(413);
    expect((await w.clinA1.get(`/api/sessions/${id}`)).json()).toMatchObject({ status: 'draft' });
    const files = await h.testDb.database.db
      .selectFrom('media_files')
      .select('id')
      .where('session_id', '=', id)
      .execute();
    expect(files).toEqual([]);
  });

  it('maps transcript problems to 400/415 with the parser message', async () => {
    const id = await newSession('transcript');
    const one = await upload(
      id,
      'transcript',
      multipart(
        {},
        {
          name: 'one.txt',
          type: 'text/plain',
          bytes: Buffer.from('Client: only me talking here today.\nClient: still me.'),
        },
      ),
    );
    expect(one.statusCode).toBe(400);
    expect(one.json().error).toBe('one_speaker');
    const empty = await upload(
      id,
      'transcript',
      multipart({}, { name: 'e.txt', type: 'text/plain', bytes: Buffer.alloc(0) }),
    );
    expect(empty.statusCode).toBe(400);
    const ok = await upload(
      id,
      'transcript',
      multipart({}, { name: 's.txt', type: 'text/plain', bytes: Buffer.from(TRANSCRIPT) }),
    );
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ speakers: 2, format: 'text' });
  });

  it('keeps every note version, locks on signing, and shows clients only shared notes', async () => {
    const sid = w.targets.own.sessionId;
    const note = (await w.clinA1.post(`/api/sessions/${sid}/notes`, { format: 'SOAP', body: { S: 'v1' } })).json<{
      id: string;
    }>();
    await w.clinA1.request({ method: 'PUT', url: `/api/notes/${note.id}`, payload: { body: { S: 'v2' } } });
    const signed = await w.clinA1.post(`/api/notes/${note.id}/sign`);
    expect(signed.json()).toMatchObject({ currentVersion: 2, body: { S: 'v2' } });
    expect(signed.json<{ versions: unknown[] }>().versions).toHaveLength(2);
    const locked = await w.clinA1.request({
      method: 'PUT',
      url: `/api/notes/${note.id}`,
      payload: { body: { S: 'v3' } },
    });
    expect(locked.statusCode).toBe(409);
    const before = (await w.clientUser.get(`/api/sessions/${sid}/notes`)).json<{ id: string }[]>();
    expect(before.map((n) => n.id)).not.toContain(note.id);
    await w.clinA1.post(`/api/notes/${note.id}/share`, { shared: true });
    const after = (await w.clientUser.get(`/api/sessions/${sid}/notes`)).json<{ id: string; versions?: unknown }[]>();
    expect(after.find((n) => n.id === note.id)).toMatchObject({ body: { S: 'v2' } });
    expect(after.find((n) => n.id === note.id)?.versions).toBeUndefined();
  });

  it('lets the client check homework off', async () => {
    const res = await w.clientUser.post(`/api/homework/${w.targets.own.homeworkId}/complete`, { done: true });
    expect(res.statusCode).toBe(200);
    expect(res.json<{ completedAt: string | null }>().completedAt).not.toBeNull();
  });

  it('trends questionnaires and reports attendance from real dates', async () => {
    const cid = w.targets.own.clientId;
    for (const total of [18, 14, 9, 5]) {
      const answers = [0, 0, 0, 0, 0, 0, 0, 0, 0].map((_, i) => (i < 8 ? Math.min(3, Math.max(0, total - i * 3)) : 0));
      expect(
        (await w.clientUser.post(`/api/clients/${cid}/questionnaires`, { kind: 'phq9', answers })).statusCode,
      ).toBe(201);
    }
    const report = (await w.clinA1.get(`/api/clients/${cid}/progress`)).json<{
      questionnaires: { kind: string; direction: string }[];
      attendance: { sessions: number; firstAt: string };
    }>();
    expect(report.questionnaires.find((q) => q.kind === 'phq9')?.direction).toBe('improving');
    expect(report.attendance.sessions).toBeGreaterThanOrEqual(2);
    expect(report.attendance.firstAt).toBe('2026-01-05T00:00:00.000Z');
  });

  it('trends mood from stored analyses with a direction, and reports the skill profile per session', async () => {
    const admin = w.adminA;
    const client = (await admin.post('/api/clients', { name: 'Trend' })).json<{ id: string }>();
    const cipher = fieldCipherFromConfig(h.jobs.config);
    for (const [i, score] of [3, 4.5, 6, 7.5].entries()) {
      const s = (await admin.post('/api/sessions', { clientId: client.id, sessionDate: `2026-05-0${i + 1}` })).json<{
        id: string;
      }>();
      for (const [kind, payload] of [
        ['mood', { mood: { score } }],
        ['mi_skills', { miSkills: { reflectionToQuestionRatio: 0.5 + i * 0.25, percentOpenQuestions: 40 + i * 5 } }],
      ] as const) {
        const sealed = sealJson(cipher, payload);
        await h.testDb.database.db
          .insertInto('analyses')
          .values({
            practice_id: admin.practiceId,
            session_id: s.id,
            kind,
            schema_version: 1,
            provider: 'heuristic',
            payload: sealed.value,
            key_id: sealed.keyId,
          })
          .execute();
      }
    }
    const res = await admin.get(`/api/clients/${client.id}/progress`);
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json<{
      mood: { points: { value: number }[]; direction: string };
      skills: { percentOpenQuestions: number }[];
      attendance: { sessions: number; medianGapDays: number };
    }>();
    expect(report.mood.points.map((p) => p.value)).toEqual([3, 4.5, 6, 7.5]);
    expect(report.mood.direction).toBe('improving');
    expect(report.skills.map((k) => k.percentOpenQuestions)).toEqual([40, 45, 50, 55]);
    expect(report.attendance).toMatchObject({ sessions: 4, medianGapDays: 1 });
  });
});
