import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { buildApp } from '../../../src/app.ts';
import { createMetrics } from '../../../src/observability/metrics.ts';
import { parseConfig } from '../../../src/config/config.ts';
import { startTestJobs, type TestJobs } from '../../support/test-jobs.ts';
import { createTestDb, type TestDb } from '../../support/test-db.ts';

export interface ApiHarness {
  app: FastifyInstance;
  testDb: TestDb;
  /** Job queue without workers: uploads queue pipeline jobs that stay queued (tests assert them). */
  jobs: TestJobs;
  filesDir: string;
  /** Where transcription keeps its per-session checkpoints. */
  workDir: string;
  /** Log lines (JSON) written by the app, e.g. reset links mailed without SMTP. */
  logs: string[];
  close(): Promise<void>;
}

/** The real app (buildApp: request ids, metrics, API plugin) on a fresh test database (PGlite, or Postgres with TEST_DATABASE_URL). */
export async function startApi(env: Record<string, string> = {}): Promise<ApiHarness> {
  const testDb = await createTestDb();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'insession-api-'));
  const config = parseConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    AUTH_RATE_LIMIT_PER_MINUTE: '100000',
    ...env,
  });
  const jobs = await startTestJobs(testDb.database, { workers: false });
  const logs: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      logs.push(chunk.toString());
      done();
    },
  });
  const app = await buildApp({
    config: { ...config, WEB_DIST: path.join(dataDir, 'no-web') },
    database: testDb.database,
    queue: jobs.queue,
    listener: jobs.listener,
    metrics: createMetrics({ queue: jobs.queue, db: testDb.database.db }),
    log: pino({ level: 'info' }, stream),
  });
  await app.ready();
  return {
    app,
    testDb,
    jobs,
    filesDir: config.filesDir,
    workDir: config.workDir,
    logs,
    async close() {
      await app.close();
      await jobs.close();
      await testDb.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
