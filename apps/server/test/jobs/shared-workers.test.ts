import { sql } from 'kysely';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobQueue } from '../../src/jobs/job-queue.ts';
import { spawnScript, type ScriptProcess } from '../support/child-process.ts';
import { createTestDb, testDatabaseUrl, type TestDb } from '../support/test-db.ts';

// Scale-out needs several processes on one database, which only Postgres allows.
if (!testDatabaseUrl) console.info('shared-workers.test.ts: skipped, set TEST_DATABASE_URL to run it on Postgres');

describe.skipIf(!testDatabaseUrl)('two worker processes on Postgres', () => {
  let t: TestDb;
  let workers: ScriptProcess[] = [];
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => {
    for (const w of workers) if (w.child.exitCode === null) w.child.kill('SIGKILL');
    await t.close();
  });

  it('share 200 jobs and run each exactly once', async () => {
    const args = (name: string) =>
      JSON.stringify({ name, watchKey: 'share-', url: testDatabaseUrl, schema: t.database.namespace });
    workers = [
      spawnScript('probe-worker.script.ts', [args('w1')]),
      spawnScript('probe-worker.script.ts', [args('w2')]),
    ];
    await Promise.all(workers.map((w) => w.waitForLine(/^READY$/)));

    const queue = await JobQueue.start(t.database, {
      retryLimit: 3,
      retryDelaySeconds: 1,
      expireSeconds: 60,
      maintenanceIntervalSeconds: 1,
      log: pino({ level: 'silent' }),
    });
    try {
      await queue.sendMany(
        'system.probe',
        Array.from({ length: 200 }, (_, i) => ({ key: `share-${i}`, sleepMs: 10, requestId: 'req-share' })),
      );
    } finally {
      await queue.stop();
    }
    await Promise.race(workers.map((w) => w.waitForLine(/^ROWS 200$/)));
    for (const w of workers) w.send('stop');
    for (const w of workers) expect(await w.waitForLine(/^FINAL /)).toBe('FINAL 200');

    const perKey = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM job_probe_results WHERE probe_key LIKE 'share-%' GROUP BY probe_key`.execute(
      t.database.db,
    );
    expect(perKey.rows).toHaveLength(200);
    expect(perKey.rows.every((r) => r.n === 1)).toBe(true);
    const perWorker = await t.database.db
      .selectFrom('job_probe_results')
      .select(['worker', (eb) => eb.fn.countAll<number>().as('n')])
      .where('probe_key', 'like', 'share-%')
      .groupBy('worker')
      .orderBy('worker')
      .execute();
    expect(perWorker.map((r) => r.worker)).toEqual(['w1', 'w2']);
  });
});
