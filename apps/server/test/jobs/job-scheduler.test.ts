import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig, type Config } from '../../src/config/config.ts';
import { periodicJobs, startScheduler } from '../../src/jobs/job-scheduler.ts';
import { createSessionFixture } from '../support/session-fixture.ts';
import { createTestDb, type TestDb } from '../support/test-db.ts';
import { startTestJobs, waitFor, type TestJobs } from '../support/test-jobs.ts';

// Periodic maintenance without pg-boss cron: the scheduler offers each job every tick, the time slot lets one
// through, and the workers run it. The same code runs on PGlite and Postgres.
describe('job scheduler', () => {
  let t: TestDb;
  let jobs: TestJobs;
  let config: Config;
  let dataDir: string;
  const log = pino({ level: 'silent' });
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'insession-schedule-'));
    config = parseConfig({ NODE_ENV: 'test', DATA_DIR: dataDir });
    t = await createTestDb();
    jobs = await startTestJobs(t.database, { worker: { config } });
  });
  afterAll(async () => {
    await jobs.close();
    await t.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('runs a due audio retention and demo cleanup without anyone asking', async () => {
    const { db } = t.database;
    const f = await createSessionFixture(db, 'audio');
    await db
      .updateTable('practices')
      .set({ settings: { audioRetention: { mode: 'delete_after_transcription' } } })
      .where('id', '=', f.practiceId)
      .execute();
    await db.updateTable('sessions').set({ transcribed_at: new Date() }).where('id', '=', f.sessionId).execute();
    const file = path.join(config.filesDir, f.practiceId, 'recording.wav');
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, 'RIFF');
    await db
      .insertInto('media_files')
      .values({
        practice_id: f.practiceId,
        session_id: f.sessionId,
        sha256: 'a'.repeat(64),
        size_bytes: 4,
        mime_type: 'audio/wav',
        storage_path: path.join(f.practiceId, 'recording.wav'),
      })
      .execute();
    const demo = await db
      .insertInto('practices')
      .values({ name: 'Expired demo', is_demo: true, demo_expires_at: new Date(Date.now() - 60_000) })
      .returning('id')
      .executeTakeFirstOrThrow();

    const scheduler = startScheduler(jobs.queue, { log, jobs: periodicJobs(15) });
    try {
      const removed = await waitFor(async () => {
        const m = await db
          .selectFrom('media_files')
          .select('deleted_at')
          .where('session_id', '=', f.sessionId)
          .executeTakeFirstOrThrow();
        return m.deleted_at ?? undefined;
      });
      expect(removed).toBeInstanceOf(Date);
      // The job marks the row first and then removes the file no live row points at.
      await waitFor(async () => !existsSync(file));
      await waitFor(
        async () => !(await db.selectFrom('practices').select('id').where('id', '=', demo.id).executeTakeFirst()),
      );
    } finally {
      await scheduler.stop();
    }
  });

  it('queues each periodic job once per slot, however many processes tick', async () => {
    // Three processes' schedulers ticking every 50 ms; the first test already used this hour's slot.
    const schedulers = Array.from({ length: 3 }, () =>
      startScheduler(jobs.queue, { log, jobs: periodicJobs(15), tickSeconds: 0.05 }),
    );
    await new Promise((r) => setTimeout(r, 500));
    await Promise.all(schedulers.map((s) => s.stop()));
    const { rows } = (await jobs.queue.boss.getDb().executeSql(
      `SELECT name, singleton_on, count(*)::int AS n FROM ${jobs.queue.schema}.job
       WHERE name IN ('audio.retention', 'demo.cleanup', 'crawl.schedule') GROUP BY name, singleton_on`,
      [],
    )) as { rows: { name: string; n: number }[] };
    expect(new Set(rows.map((r) => r.name))).toEqual(new Set(['audio.retention', 'demo.cleanup', 'crawl.schedule']));
    expect(rows.every((r) => r.n === 1)).toBe(true);
  });
});
