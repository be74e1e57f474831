import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import pino from 'pino';
import { buildApp } from '../apps/server/src/app.ts';
import { parseConfig } from '../apps/server/src/config/config.ts';
import type { Database } from '../apps/server/src/db/database.ts';
import { migrate } from '../apps/server/src/db/migrator.ts';
import { createNotificationListener } from '../apps/server/src/events/notification-listener.ts';
import { JobQueue } from '../apps/server/src/jobs/job-queue.ts';
import { createMetrics } from '../apps/server/src/observability/metrics.ts';
import { withPglite, withPostgres } from './bench-databases.ts';
import type { BenchRow } from './bench-row.ts';

// /healthz (one database query and one queue-depth query per request) on the embedded database and on Postgres
// (BENCH_DATABASE_URL or TEST_DATABASE_URL, see bench-databases.ts), each against a bare Fastify route that
// returns constant JSON: the difference is what the checks cost. The load generator runs in the same process
// (keep-alive, 16 in flight), so both figures share the same 2 cores.
const DURATION_MS = 3_000;
const IN_FLIGHT = 16;

async function requestsPerSecond(url: string): Promise<number> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: IN_FLIGHT });
  const get = () =>
    new Promise<number>((resolve, reject) => {
      http
        .get(url, { agent }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        })
        .on('error', reject);
    });
  const deadline = performance.now() + DURATION_MS;
  let ok = 0;
  const loop = async () => {
    while (performance.now() < deadline) if ((await get()) === 200) ok += 1;
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: IN_FLIGHT }, loop));
  agent.destroy();
  return ok / ((performance.now() - t0) / 1000);
}

/** /healthz req/s of the real app on `database`, and of the bare route measured just before it. */
async function measure(database: Database): Promise<{ health: number; baseline: number }> {
  const log = pino({ level: 'silent' });
  const config = parseConfig({
    NODE_ENV: 'production',
    SESSION_SECRET: 'b'.repeat(40),
    FIELD_ENCRYPTION_KEYS: `bench:${Buffer.alloc(32, 1).toString('base64')}`,
  });
  await migrate(database.db);
  const queue = await JobQueue.start(database, { retryLimit: 0, retryDelaySeconds: 1, expireSeconds: 60, log });
  const listener = createNotificationListener(database);
  const app = await buildApp({
    config,
    database,
    queue,
    listener,
    metrics: createMetrics({ queue, db: database.db }),
    log,
  });
  const bare = Fastify();
  bare.get('/hello', async () => ({ status: 'ok' }));
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
    await bare.listen({ port: 0, host: '127.0.0.1' });
    const port = (a: { server: http.Server }) => (a.server.address() as AddressInfo).port;
    const baseline = await requestsPerSecond(`http://127.0.0.1:${port(bare)}/hello`);
    const health = await requestsPerSecond(`http://127.0.0.1:${port(app)}/healthz`);
    return { health, baseline };
  } finally {
    await app.close();
    await bare.close();
    await queue.stop(2_000);
    await listener.close();
  }
}

export async function run(): Promise<BenchRow[]> {
  const row = (group: string, m: { health: number; baseline: number }): BenchRow => ({
    group,
    metric: '/healthz throughput (DB + queue checked)',
    value: m.health,
    unit: 'req/s',
    baseline: { label: 'bare Fastify constant JSON', value: m.baseline },
  });
  const embedded = await withPglite(measure);
  const postgres = await withPostgres(measure);
  return [row('http: embedded', embedded), ...(postgres ? [row('http: postgres', postgres)] : [])];
}
