import { existsSync } from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorkers } from '../../src/jobs/job-worker.ts';
import { waitFor } from '../support/test-jobs.ts';
import { startApi, type ApiHarness } from './support/api-app.ts';
import { writeCheckpoint } from './support/stored-audio.ts';
import { ApiUser } from './support/api-user.ts';

describe('POST /api/demo', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await startApi({ DEMO_TTL_MINUTES: '5' });
  });
  afterAll(() => h.close());

  it('creates an isolated, expiring demo practice, seeds it through the real upload path, and cleans it up', async () => {
    const real = await ApiUser.signUp(h.app, 'real@clinic.example', 'Real clinic');
    const realClient = (await real.post('/api/clients', { name: 'Real Person' })).json<{ id: string }>();
    const res = await h.app.inject({ method: 'POST', url: '/api/demo' });
    expect(res.statusCode).toBe(201);
    const cookie = res.cookies.find((c) => c.name === 'insession_session');
    expect(cookie?.httpOnly).toBe(true);
    const expires = new Date(res.json<{ expiresAt: string }>().expiresAt).getTime();
    expect(Math.abs(expires - (Date.now() + 5 * 60_000))).toBeLessThan(30_000);
    const demo = ApiUser.fromResponse(h.app, res);
    expect((await demo.get('/api/auth/me')).json()).toMatchObject({ isDemo: true, user: { role: 'clinician' } });
    // Seeding runs in the background; the demo clients appear as it goes.
    const clients = await waitFor(async () => {
      const list = (await demo.get('/api/clients')).json<{ id: string; name: string }[]>();
      return list.length >= 3 ? list : undefined;
    }, 60_000);
    expect(clients.map((c) => c.id)).not.toContain(realClient.id);
    expect((await demo.get(`/api/clients/${realClient.id}`)).statusCode).toBe(404);
    expect((await real.get('/api/clients')).json<{ name: string }[]>().map((c) => c.name)).toEqual(['Real Person']);
    // Nothing is pre-analysed: demo sessions wait in the pipeline like any upload.
    const sessions = await waitFor(async () => {
      const page = (await demo.get('/api/sessions?limit=200')).json<{ items: { id: string; status: string }[] }>();
      return page.items.length > 0 ? page.items : undefined;
    });
    expect(sessions.every((s) => s.status !== 'completed')).toBe(true);
    const analyses = await h.testDb.database.db.selectFrom('analyses').select('id').execute();
    expect(analyses).toEqual([]);

    // What the demo leaves on disk: its recordings, and checkpoints as transcription writes them.
    const demoFiles = path.join(h.filesDir, demo.practiceId);
    const work = await writeCheckpoint(h, sessions[0]?.id ?? 'no-session');
    await waitFor(async () => existsSync(demoFiles));

    await h.testDb.database.db
      .updateTable('practices')
      .set({ demo_expires_at: new Date(Date.now() - 1000) })
      .where('is_demo', '=', true)
      .execute();
    await h.app.close();
    const workers = await startWorkers(h.jobs.queue, {
      config: { ...h.jobs.config, filesDir: h.filesDir, workDir: h.workDir },
      concurrency: 1,
      names: ['demo.cleanup'],
      workerName: 'demo-test',
      log: pino({ level: 'silent' }),
    });
    await h.jobs.queue.send('demo.cleanup', { requestId: 'test' });
    await waitFor(async () => {
      const left = await h.testDb.database.db
        .selectFrom('practices')
        .select('id')
        .where('is_demo', '=', true)
        .execute();
      // The job deletes the rows first, then the recordings and checkpoints.
      return left.length === 0 && !existsSync(demoFiles) && !existsSync(work);
    });
    await workers.stop();
    const remaining = await h.testDb.database.db.selectFrom('clients').select('name').execute();
    expect(remaining.map((c) => c.name)).toEqual(['Real Person']);
  });
});
