import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createLogger, JobQueue, loadConfig, openAppDatabase, startRuntime } from '@insession/server';
import { freePort } from '../../server/test/support/free-port.ts';
import { createSessionFixture } from '../../server/test/support/session-fixture.ts';
import { adminQuery, testDatabaseUrl } from '../../server/test/support/test-db.ts';
import { buildProgram } from '../src/main.ts';

// `insession status` on the database the environment names: embedded PGlite, or Postgres when TEST_DATABASE_URL
// is set (in a throwaway database, since the command migrates and reads the default schema).
const postgresUrl = testDatabaseUrl;
const dbName = `insession_status_${process.pid}`;
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'insession-status-'));
  vi.stubEnv('DATA_DIR', dataDir);
  vi.stubEnv('LOG_LEVEL', 'silent');
  if (postgresUrl) {
    await adminQuery(postgresUrl, `DROP DATABASE IF EXISTS ${dbName}`);
    await adminQuery(postgresUrl, `CREATE DATABASE ${dbName}`);
    const url = new URL(postgresUrl);
    url.pathname = `/${dbName}`;
    vi.stubEnv('DATABASE_URL', url.toString());
  }
  const config = loadConfig();
  const log = createLogger({ LOG_LEVEL: 'silent' });
  const { database } = await openAppDatabase(config, log);
  try {
    const { db } = database;
    // The fixture's session is the one being transcribed; two more are done.
    const f = await createSessionFixture(db, 'audio');
    await db.updateTable('sessions').set({ status: 'transcribing' }).where('id', '=', f.sessionId).execute();
    const base = { practice_id: f.practiceId, client_id: f.clientId, clinician_id: f.clinicianId };
    await db
      .insertInto('sessions')
      .values([
        { ...base, session_date: '2026-03-08', source_kind: 'transcript', status: 'completed' },
        { ...base, session_date: '2026-03-15', source_kind: 'transcript', status: 'completed' },
      ])
      .execute();
    const queue = await JobQueue.start(database, { retryLimit: 1, retryDelaySeconds: 1, expireSeconds: 60, log });
    try {
      await queue.send('transcribe', { sessionId: f.sessionId, requestId: 'req-status' });
    } finally {
      await queue.stop();
    }
  } finally {
    await database.close();
  }
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await rm(dataDir, { recursive: true, force: true });
  if (postgresUrl) await adminQuery(postgresUrl, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
});

async function status(...args: string[]): Promise<string> {
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  try {
    await buildProgram().parseAsync(['node', 'insession', 'status', ...args]);
    return out.mock.calls.map((c) => String(c[0])).join('');
  } finally {
    out.mockRestore();
  }
}

interface StatusJson {
  queues: { name: string; queued: number; active: number }[];
  sessions: Record<string, number>;
}

describe(`insession status (${postgresUrl ? 'Postgres' : 'PGlite'})`, () => {
  it('shows sessions by stage and queue depth from the database', async () => {
    const s = JSON.parse(await status('--json')) as StatusJson;
    expect(s.sessions).toEqual({ transcribing: 1, completed: 2 });
    expect(s.queues.find((q) => q.name === 'transcribe')).toEqual({ name: 'transcribe', queued: 1, active: 0 });
    expect(s.queues.find((q) => q.name === 'analyze.wave1')).toEqual({ name: 'analyze.wave1', queued: 0, active: 0 });

    const table = await status();
    expect(table).toMatch(/^ {2}transcribe\s+1\s+0$/m);
    expect(table).toMatch(/^Sessions by stage$/m);
    expect(table).toMatch(/^ {2}completed\s+2$/m);
  });

  it('shows the same figures while `insession serve` is running', async () => {
    const port = await freePort();
    vi.stubEnv('PORT', String(port));
    vi.stubEnv('HOST', '127.0.0.1');
    // Without workers the queued job stays queued; on PGlite the command then reads the server's /metrics.
    const runtime = await startRuntime(loadConfig(), {
      role: 'serve',
      workers: false,
      log: createLogger({ LOG_LEVEL: 'silent' }),
    });
    try {
      const s = JSON.parse(await status('--json')) as StatusJson;
      expect(s.sessions).toEqual({ transcribing: 1, completed: 2 });
      expect(s.queues.find((q) => q.name === 'transcribe')).toEqual({ name: 'transcribe', queued: 1, active: 0 });
    } finally {
      await runtime.close();
    }
  });
});
