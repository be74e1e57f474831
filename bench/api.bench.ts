import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { Worker } from 'node:worker_threads';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import pino from 'pino';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../apps/server/src/app.ts';
import { fieldCipherFromConfig } from '../apps/server/src/config/field-cipher.ts';
import { parseConfig, type Config } from '../apps/server/src/config/config.ts';
import { openDatabase, type Database } from '../apps/server/src/db/database.ts';
import { migrate } from '../apps/server/src/db/migrator.ts';
import { publishEvent } from '../apps/server/src/events/event-publisher.ts';
import {
  createNotificationListener,
  type NotificationListener,
} from '../apps/server/src/events/notification-listener.ts';
import { JobQueue } from '../apps/server/src/jobs/job-queue.ts';
import { createMetrics } from '../apps/server/src/observability/metrics.ts';
import { sealJson } from '../apps/server/src/security/sealed-json.ts';
import type { BenchRow } from './bench-row.ts';

// The API through the real HTTP server on Postgres: the session list and one session's analyses under an
// open-loop load of 500 req/s with 10,000 sessions in the database (baseline: 100 sessions), and SSE delivery
// latency from a committed pipeline event to 1,000 connected browsers (baseline: 10 browsers).
const POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/test';
const RATE = 500;
const SECONDS = 4;
const SSE_EVENTS = 20;

interface Stack {
  app: FastifyInstance;
  base: string;
  database: Database;
  close(): Promise<void>;
  cookie: string;
  practiceId: string;
  clinicianId: string;
  clientId: string;
  sessionId: string;
}

async function start(sessions: number): Promise<Stack> {
  const schema = `bench_api_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const database = await openDatabase({ url: POSTGRES_URL, schema, poolSize: 20 });
  await migrate(database.db);
  const log = pino({ level: 'silent' });
  const queue = await JobQueue.start(database, { retryLimit: 0, retryDelaySeconds: 1, expireSeconds: 60, log });
  const listener: NotificationListener = createNotificationListener(database);
  const dataDir = await mkdtemp(path.join(tmpdir(), 'insession-bench-'));
  const config: Config = parseConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, AUTH_RATE_LIMIT_PER_MINUTE: '100000' });
  const app = await buildApp({ config, database, queue, listener, metrics: createMetrics(), log });
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  const signup = await fetch(`${base}/api/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      practiceName: 'Bench',
      name: 'Bench',
      email: `${schema}@bench.example`,
      password: 'bench bench bench',
    }),
  });
  const cookie = (signup.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { user } = (await signup.json()) as { user: { id: string; practiceId: string } };
  const db = database.db;
  const client = await db
    .insertInto('clients')
    .values({ practice_id: user.practiceId, clinician_id: user.id, name: 'Bench client' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await sql`INSERT INTO sessions (practice_id, client_id, clinician_id, session_date, status, source_kind)
    SELECT ${user.practiceId}, ${client.id}, ${user.id}, DATE '2020-01-01' + (g % 2000), 'completed', 'transcript'
    FROM generate_series(1, ${sessions}) g`.execute(db);
  await sql`ANALYZE`.execute(db);
  const session = await db.selectFrom('sessions').select('id').limit(1).executeTakeFirstOrThrow();
  const cipher = fieldCipherFromConfig(config);
  for (const kind of ['mood', 'topics', 'summary', 'risk', 'metrics']) {
    const sealed = sealJson(cipher, { [kind]: { score: 6, text: 'x'.repeat(400) } });
    await db
      .insertInto('analyses')
      .values({
        practice_id: user.practiceId,
        session_id: session.id,
        kind,
        schema_version: 1,
        provider: 'heuristic',
        payload: sealed.value,
        key_id: sealed.keyId,
      })
      .execute();
  }
  return {
    app,
    base,
    database,
    cookie,
    practiceId: user.practiceId,
    clinicianId: user.id,
    clientId: client.id,
    sessionId: session.id,
    async close() {
      await app.close();
      await queue.stop(1000);
      await listener.close();
      await database.close();
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; DROP SCHEMA IF EXISTS ${schema}_pgboss CASCADE`);
      await admin.end();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
}

// The load generator runs in a worker thread, like browsers in their own processes: the server's event loop
// is not also paying for the HTTP client's work.
const LOAD_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { url, cookie, rate, seconds } = workerData;
(async () => {
  const total = rate * seconds;
  const latencies = [];
  const pending = [];
  const t0 = performance.now();
  for (let i = 0; i < total; i++) {
    const wait = t0 + (i * 1000) / rate - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const start = performance.now();
    pending.push(fetch(url, { headers: { cookie } }).then(async (res) => {
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(url + ' answered ' + res.status);
      latencies.push(performance.now() - start);
    }));
  }
  await Promise.all(pending);
  parentPort.postMessage(latencies);
})().catch((err) => parentPort.postMessage({ error: String(err) + ' ' + String(err && err.cause) }));
`;

/** Open loop: one request every 1000/RATE ms regardless of responses; latency of each request. */
function load(url: string, cookie: string): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(LOAD_WORKER, { eval: true, workerData: { url, cookie, rate: RATE, seconds: SECONDS } });
    worker.once('message', (msg: number[] | { error: string }) => {
      void worker.terminate();
      if (Array.isArray(msg)) resolve(msg);
      else reject(new Error(msg.error));
    });
    worker.once('error', reject);
  });
}

async function sseLatency(s: Stack, clients: number): Promise<number[]> {
  const aborts: AbortController[] = [];
  const arrivals = new Map<number, number[]>();
  let received = 0;
  const opened = Array.from({ length: clients }, async () => {
    const ac = new AbortController();
    aborts.push(ac);
    const res = await fetch(`${s.base}/api/events`, { headers: { cookie: s.cookie }, signal: ac.signal });
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    void (async () => {
      let buf = '';
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          buf += value;
          let idx;
          while ((idx = buf.indexOf('\n\n')) >= 0) {
            const id = /^id: (\d+)$/m.exec(buf.slice(0, idx))?.[1];
            buf = buf.slice(idx + 2);
            if (id) {
              const list = arrivals.get(Number(id)) ?? [];
              list.push(performance.now());
              arrivals.set(Number(id), list);
              received++;
            }
          }
        }
      } catch {
        // aborted at the end
      }
    })();
  });
  await Promise.all(opened);
  const latencies: number[] = [];
  const sent = new Map<number, number>();
  for (let i = 0; i < SSE_EVENTS; i++) {
    const t0 = performance.now();
    const note = await s.database.db.transaction().execute((trx) =>
      publishEvent(trx, s.database, {
        type: 'stage.completed',
        practiceId: s.practiceId,
        sessionId: s.sessionId,
        clientId: s.clientId,
        stage: 'analyze.wave1',
        payload: { stage: 'analyze.wave1', status: 'analyzing' },
      }),
    );
    sent.set(note.id, t0);
    const deadline = Date.now() + 10_000;
    while (received < (i + 1) * clients && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
  }
  for (const [id, t0] of sent) for (const at of arrivals.get(id) ?? []) latencies.push(at - t0);
  for (const ac of aborts) ac.abort();
  if (latencies.length < SSE_EVENTS * clients)
    throw new Error(`SSE: ${latencies.length} of ${SSE_EVENTS * clients} deliveries`);
  return latencies;
}

export async function run(): Promise<BenchRow[]> {
  const small = await start(100);
  const large = await start(10_000);
  const rows: BenchRow[] = [];
  try {
    for (const [metric, path] of [
      ['session list (50 newest)', '/api/sessions?limit=50'],
      ["one session's analyses", (s: Stack) => `/api/sessions/${s.sessionId}/analyses`],
    ] as const) {
      const url = (s: Stack) => s.base + (typeof path === 'string' ? path : path(s));
      // Warm-up of both stacks (JIT, plan cache, and each stack's own connection pool: a cold pool opening its
      // connections under load would show up as the baseline's tail).
      await load(url(small), small.cookie);
      await load(url(large), large.cookie);
      const base = await load(url(small), small.cookie);
      const big = await load(url(large), large.cookie);
      rows.push(
        {
          group: 'api',
          metric: `${metric} p50 @${RATE} req/s, 10k sessions`,
          value: pct(big, 50),
          unit: 'ms',
          baseline: { label: '100 sessions', value: pct(base, 50) },
        },
        {
          group: 'api',
          metric: `${metric} p99 @${RATE} req/s, 10k sessions`,
          value: pct(big, 99),
          unit: 'ms',
          baseline: { label: '100 sessions', value: pct(base, 99) },
          target: '< 50',
          pass: pct(big, 99) < 50,
        },
      );
    }
    const few = await sseLatency(small, 10);
    const many = await sseLatency(large, 1_000);
    rows.push(
      {
        group: 'api',
        metric: 'SSE delivery p50, 1,000 clients',
        value: pct(many, 50),
        unit: 'ms',
        baseline: { label: '10 clients', value: pct(few, 50) },
      },
      {
        group: 'api',
        metric: 'SSE delivery p99, 1,000 clients',
        value: pct(many, 99),
        unit: 'ms',
        baseline: { label: '10 clients', value: pct(few, 99) },
        target: '< 200',
        pass: pct(many, 99) < 200,
      },
    );
  } finally {
    await small.close();
    await large.close();
  }
  return rows;
}
