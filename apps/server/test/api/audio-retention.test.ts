import { existsSync } from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorkers } from '../../src/jobs/job-worker.ts';
import { waitFor } from '../support/test-jobs.ts';
import { startApi, type ApiHarness } from './support/api-app.ts';
import { ApiUser } from './support/api-user.ts';
import { multipart, tinyWav } from './support/api-world.ts';

describe('audio retention', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await startApi();
  });
  afterAll(() => h.close());

  it('deletes recordings after transcription when the practice asks for it, keeping the file record', async () => {
    const admin = await ApiUser.signUp(h.app, 'ret@example.org');
    expect(
      (await admin.patch('/api/practice', { settings: { audioRetention: { mode: 'keep_days', days: 0 } } })).statusCode,
    ).toBe(400);
    const client = (await admin.post('/api/clients', { name: 'R' })).json<{ id: string }>();
    const session = (await admin.post('/api/sessions', { clientId: client.id, sessionDate: '2026-04-01' })).json<{
      id: string;
    }>();
    const up = await admin.request({
      method: 'POST',
      url: `/api/sessions/${session.id}/audio`,
      ...multipart({ consent: 'true' }, { name: 'a.wav', type: 'audio/wav', bytes: tinyWav() }),
    });
    const { sha256 } = up.json<{ sha256: string }>();
    const file = path.join(h.filesDir, admin.practiceId, `${sha256}.wav`);
    expect(existsSync(file)).toBe(true);
    await h.testDb.database.db
      .updateTable('sessions')
      .set({ transcribed_at: new Date() })
      .where('id', '=', session.id)
      .execute();
    const workers = await startWorkers(h.jobs.queue, {
      config: { ...h.jobs.config, filesDir: h.filesDir },
      concurrency: 1,
      names: ['audio.retention'],
      workerName: 'retention-test',
      log: pino({ level: 'silent' }),
      listener: h.jobs.listener,
      pollingIntervalSeconds: 0.5,
    });
    try {
      const res = await admin.patch('/api/practice', {
        settings: { audioRetention: { mode: 'delete_after_transcription' } },
      });
      expect(res.json()).toMatchObject({ settings: { audioRetention: { mode: 'delete_after_transcription' } } });
      const row = await waitFor(async () => {
        const r = await h.testDb.database.db
          .selectFrom('media_files')
          .selectAll()
          .where('session_id', '=', session.id)
          .executeTakeFirst();
        return r?.deleted_at ? r : undefined;
      });
      expect(row.sha256).toBe(sha256);
      expect(existsSync(file)).toBe(false);
    } finally {
      await workers.stop();
    }
  });
});
