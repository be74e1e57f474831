import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createLogger, JobQueue, loadConfig, openAppDatabase, startRuntime } from '@insession/server';
import { buildProgram } from '../src/main.ts';

// `insession status` on the database the environment names: embedded PGlite, or Postgres when TEST_DATABASE_URL
// is set (in a throwaway database, since the command migrates and reads the default schema).
const postgresUrl = process.env.TEST_DATABASE_URL || undefined;
const dbName = `insession_status_${process.pid}`;
let dataDir: string;

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'insession-status-'));
  vi.stubEnv('DATA_DIR', dataDir);
  vi.stubEnv('LOG_LEVEL', 'silent');
  if (postgresUrl) {
    await admin(`DROP DATABASE IF EXISTS ${dbName}`);
    await admin(`CREATE DATABASE ${dbName}`);
    const url = new URL(postgresUrl);
    url.pathname = `/${dbName}`;
    vi.stubEnv('DATABASE_URL', url.toString());
  }
  const config = loadConfig();
  const log = createLogger({ LOG_LEVEL: 'silent' });
  const { database } = await openAppDatabase(config, log);
  try {
    const { db } = database;
    const practice = await db
      .insertInto('practices')
      .values({ name: 'Status' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const clinician = await db
      .insertInto('users')
      .values({ practice_id: practice.id, email: 'c@example.test', name: 'Clinician', role: 'clinician' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const client = await db
      .insertInto('clients')
      .values({ practice_id: practice.id, clinician_id: clinician.id, name: 'Client' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const base = { practice_id: practice.id, client_id: client.id, clinician_id: clinician.id };
    const sessions = await db
      .insertInto('sessions')
      .values([
        { ...base, session_date: '2026-03-01', source_kind: 'audio', status: 'transcribing' },
        { ...base, session_date: '2026-03-08', source_kind: 'transcript', status: 'completed' },
        { ...base, session_date: '2026-03-15', source_kind: 'transcript', status: 'completed' },
      ])
      .returning('id')
      .execute();
    const queue = await JobQueue.start(database, { retryLimit: 1, retryDelaySeconds: 1, expireSeconds: 60, log });
    try {
      await queue.send('transcribe', { sessionId: sessions[0]!.id, requestId: 'req-status' });
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
  if (postgresUrl) await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
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
