import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../support/test-db.ts';
import { startTestJobs, waitFor, type TestJobs } from '../support/test-jobs.ts';

describe('job queue (pg-boss on the app database)', () => {
  let t: TestDb;
  let jobs: TestJobs;
  beforeAll(async () => {
    t = await createTestDb();
    jobs = await startTestJobs(t.database);
  });
  afterAll(async () => {
    await jobs.close();
    await t.close();
  });

  const probeRows = (key: string) =>
    t.database.db.selectFrom('job_probe_results').select(['worker']).where('probe_key', '=', key).execute();

  it('runs every queued job exactly once', async () => {
    for (let i = 0; i < 15; i++) await jobs.queue.send('system.probe', { key: `once-${i}`, requestId: 'req-1' });
    await jobs.queue.sendMany(
      'system.probe',
      Array.from({ length: 15 }, (_, i) => ({ key: `once-${15 + i}`, requestId: 'req-1' })),
    );
    await waitFor(async () => {
      const { n } = await t.database.db
        .selectFrom('job_probe_results')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('probe_key', 'like', 'once-%')
        .executeTakeFirstOrThrow();
      return Number(n) >= 30;
    });
    for (let i = 0; i < 30; i++) expect(await probeRows(`once-${i}`)).toHaveLength(1);
  });

  it('enqueues inside a transaction: nothing on rollback, the job on commit', async () => {
    const { db } = t.database;
    await expect(
      db.transaction().execute(async (trx) => {
        await jobs.queue.send('system.probe', { key: 'rolled-back', requestId: 'req-2' }, { trx });
        throw new Error('abort the upload');
      }),
    ).rejects.toThrow('abort the upload');
    await db.transaction().execute(async (trx) => {
      await jobs.queue.send('system.probe', { key: 'committed', requestId: 'req-2' }, { trx });
    });
    await waitFor(async () => (await probeRows('committed')).length === 1);
    // The committed job ran; give the rolled-back one the same chance to appear before asserting it did not.
    await jobs.queue.send('system.probe', { key: 'marker', requestId: 'req-2' });
    await waitFor(async () => (await probeRows('marker')).length === 1);
    expect(await probeRows('rolled-back')).toEqual([]);
  });

  it('rejects a payload that does not match the job schema', async () => {
    await expect(jobs.queue.send('analyze.wave1', { sessionId: 'not-a-uuid', requestId: 'r' })).rejects.toThrow(
      /sessionId/,
    );
  });

  it('reports queue depth per job', async () => {
    const depth = await jobs.queue.depth();
    expect(depth.map((d) => d.name)).toContain('transcribe');
    expect(depth.every((d) => d.queued >= 0 && d.active >= 0)).toBe(true);
  });
});
