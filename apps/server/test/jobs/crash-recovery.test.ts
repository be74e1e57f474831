import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.ts';
import { spawnScript } from '../support/child-process.ts';
import { createTestDb, testDatabaseUrl, type TestDb } from '../support/test-db.ts';

// Real processes, real kill -9: a worker dies in the middle of a (sleeping) probe job; after a restart the
// job is detected as lost, retried and completes exactly once: one result row, written by the new worker.
describe(`a worker killed mid-job (${testDatabaseUrl ? 'Postgres' : 'embedded PGlite on disk'})`, () => {
  let t: TestDb | undefined;
  let dataDir: string | undefined;
  beforeAll(async () => {
    if (testDatabaseUrl) t = await createTestDb();
    else dataDir = await mkdtemp(path.join(tmpdir(), 'insession-crash-'));
  });
  afterAll(async () => {
    await t?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  const target = () =>
    testDatabaseUrl
      ? { url: testDatabaseUrl, schema: t?.database.namespace }
      : { dataDir: path.join(dataDir ?? '', 'db') };

  it('completes the job exactly once after a restart', async () => {
    const watchKey = 'crash-probe';
    const first = spawnScript('probe-worker.script.ts', [
      JSON.stringify({ name: 'first', watchKey, enqueue: { sleepMs: 1500, expireInSeconds: 3 }, ...target() }),
    ]);
    await first.waitForLine(/^ACTIVE$/);
    first.child.kill('SIGKILL');
    expect(await first.exited).toBeNull();
    expect(first.lines).not.toContain('ROWS 1');

    const second = spawnScript('probe-worker.script.ts', [JSON.stringify({ name: 'second', watchKey, ...target() })]);
    await second.waitForLine(/^ROWS 1$/);
    second.send('stop');
    expect(await second.waitForLine(/^FINAL /)).toBe('FINAL 1');
    expect(await second.exited).toBe(0);

    const database = t?.database ?? (await openDatabase({ dataDir: path.join(dataDir ?? '', 'db') }));
    try {
      const rows = await database.db
        .selectFrom('job_probe_results')
        .select(['worker'])
        .where('probe_key', '=', watchKey)
        .execute();
      expect(rows).toEqual([{ worker: 'second' }]);
    } finally {
      if (!t) await database.close();
    }
  });
});
