import { existsSync } from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorkers, type Workers } from '../../src/jobs/job-worker.ts';
import { waitFor } from '../support/test-jobs.ts';
import { startApi, type ApiHarness } from './support/api-app.ts';
import { uploadRecording, writeCheckpoint } from './support/stored-audio.ts';
import { ApiUser } from './support/api-user.ts';
import { tinyWav } from './support/api-world.ts';

describe('audio retention', () => {
  let h: ApiHarness;
  let workers: Workers;
  beforeAll(async () => {
    h = await startApi();
    workers = await startWorkers(h.jobs.queue, {
      config: { ...h.jobs.config, filesDir: h.filesDir, workDir: h.workDir },
      concurrency: 1,
      names: ['audio.retention'],
      workerName: 'retention-test',
      log: pino({ level: 'silent' }),
      listener: h.jobs.listener,
      pollingIntervalSeconds: 0.5,
    });
  });
  afterAll(async () => {
    await workers.stop();
    await h.close();
  });

  async function newSession(admin: ApiUser, clientId: string): Promise<string> {
    const res = await admin.post('/api/sessions', { clientId, sessionDate: '2026-04-01' });
    return res.json<{ id: string }>().id;
  }

  const markTranscribed = (sessionId: string) =>
    h.testDb.database.db
      .updateTable('sessions')
      .set({ transcribed_at: new Date() })
      .where('id', '=', sessionId)
      .execute();

  const completedRuns = async (): Promise<number> => {
    const { rows } = (await h.jobs.queue.boss
      .getDb()
      .executeSql(
        `SELECT count(*)::int AS n FROM ${h.jobs.queue.schema}.job WHERE name = 'audio.retention' AND state = 'completed'`,
        [],
      )) as { rows: { n: number }[] };
    return rows[0]?.n ?? 0;
  };

  /** Sets the practice to delete audio after transcription and waits for the retention job that this queues. */
  async function deleteAfterTranscription(admin: ApiUser): Promise<void> {
    const before = await completedRuns();
    const res = await admin.patch('/api/practice', {
      settings: { audioRetention: { mode: 'delete_after_transcription' } },
    });
    expect(res.json()).toMatchObject({ settings: { audioRetention: { mode: 'delete_after_transcription' } } });
    await waitFor(async () => (await completedRuns()) > before);
  }

  const mediaRow = (sessionId: string) =>
    h.testDb.database.db
      .selectFrom('media_files')
      .selectAll()
      .where('session_id', '=', sessionId)
      .executeTakeFirstOrThrow();

  it('deletes recordings and checkpoints after transcription when the practice asks for it, keeping the file record', async () => {
    const admin = await ApiUser.signUp(h.app, 'ret@example.org');
    expect(
      (await admin.patch('/api/practice', { settings: { audioRetention: { mode: 'keep_days', days: 0 } } })).statusCode,
    ).toBe(400);
    const client = (await admin.post('/api/clients', { name: 'R' })).json<{ id: string }>();
    const sessionId = await newSession(admin, client.id);
    const file = await uploadRecording(h, admin, sessionId, tinyWav());
    const work = await writeCheckpoint(h, sessionId);
    await markTranscribed(sessionId);

    await deleteAfterTranscription(admin);
    const row = await mediaRow(sessionId);
    expect(row.deleted_at).toBeInstanceOf(Date);
    expect(path.join(h.filesDir, row.storage_path)).toBe(file);
    expect(existsSync(file)).toBe(false);
    expect(existsSync(work)).toBe(false);
    expect((await admin.get(`/api/sessions/${sessionId}/audio`)).json()).toMatchObject({ error: 'recording_deleted' });
  });

  it("keeps a recording another session of the practice still uses, and that session's checkpoints", async () => {
    const admin = await ApiUser.signUp(h.app, 'shared@example.org');
    const client = (await admin.post('/api/clients', { name: 'S' })).json<{ id: string }>();
    const [done, pending] = [await newSession(admin, client.id), await newSession(admin, client.id)];
    // The same bytes for both sessions: one file on disk (storage is content-addressed per practice).
    const file = await uploadRecording(h, admin, done, tinyWav());
    expect(await uploadRecording(h, admin, pending, tinyWav())).toBe(file);
    const [doneWork, pendingWork] = [await writeCheckpoint(h, done), await writeCheckpoint(h, pending)];
    await markTranscribed(done);

    await deleteAfterTranscription(admin);
    expect((await mediaRow(done)).deleted_at).toBeInstanceOf(Date);
    expect((await mediaRow(pending)).deleted_at).toBeNull();

    expect(existsSync(doneWork)).toBe(false);
    expect((await admin.get(`/api/sessions/${done}/audio`)).json()).toMatchObject({ error: 'recording_deleted' });
    expect(existsSync(file)).toBe(true);
    expect(existsSync(pendingWork)).toBe(true);
    const play = await admin.get(`/api/sessions/${pending}/audio`);
    expect(play.statusCode).toBe(200);
    expect(play.rawPayload.equals(tinyWav())).toBe(true);
  });
});
