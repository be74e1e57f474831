import pino from 'pino';
import { parseConfig } from '../apps/server/src/config/config.ts';
import type { Database } from '../apps/server/src/db/database.ts';
import { migrate } from '../apps/server/src/db/migrator.ts';
import { createNotificationListener } from '../apps/server/src/events/notification-listener.ts';
import { JobQueue } from '../apps/server/src/jobs/job-queue.ts';
import { startWorkers } from '../apps/server/src/jobs/job-worker.ts';
import { withPglite, withPostgres } from './bench-databases.ts';
import type { BenchRow } from './bench-row.ts';

// No-op jobs through the real queue and worker code (system.probe with record=false): throughput of a
// 2,000-job backlog, and enqueue→start latency of jobs sent one by one at a steady rate. Embedded PGlite
// (in memory) against Postgres, with 1 and 2 worker loops per queue in one process.
const BACKLOG = 2_000;
const PACED_JOBS = 300;
const PACE_MS = 5;

interface Figures {
  throughput: number;
  p50: number;
  p99: number;
}

async function measure(database: Database, workerLoops: number): Promise<Figures> {
  const log = pino({ level: 'silent' });
  await migrate(database.db);
  const queue = await JobQueue.start(database, { retryLimit: 0, retryDelaySeconds: 1, expireSeconds: 60, log });
  const listener = createNotificationListener(database);
  let done = 0;
  let onDone = () => {};
  const waits: number[] = [];
  const workers = await startWorkers(queue, {
    config: parseConfig({ NODE_ENV: 'test' }),
    concurrency: workerLoops,
    names: ['system.probe'],
    workerName: 'bench',
    log,
    listener,
    onJobStart: (_name, seconds) => waits.push(seconds * 1000),
    onJobDone: () => {
      done += 1;
      onDone();
    },
  });
  const until = (n: number) =>
    new Promise<void>((resolve) => {
      onDone = () => done >= n && resolve();
      onDone();
    });
  try {
    const payload = (i: number) => ({ key: `bench-${i}`, record: false, requestId: 'bench' });
    await queue.sendMany(
      'system.probe',
      Array.from({ length: BACKLOG }, (_, i) => payload(i)),
    );
    const t0 = performance.now();
    await until(BACKLOG);
    const throughput = BACKLOG / ((performance.now() - t0) / 1000);

    waits.length = 0;
    for (let i = 0; i < PACED_JOBS; i++) {
      await queue.send('system.probe', payload(i));
      await new Promise((r) => setTimeout(r, PACE_MS));
    }
    await until(BACKLOG + PACED_JOBS);
    const sorted = [...waits].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
    return { throughput, p50: at(0.5), p99: at(0.99) };
  } finally {
    await workers.stop();
    await queue.stop(2_000);
    await listener.close();
  }
}

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const loops of [1, 2]) {
    const embedded = await withPglite((db) => measure(db, loops));
    const postgres = await withPostgres((db) => measure(db, loops));
    const label = `${loops} worker${loops > 1 ? 's' : ''}`;
    const vs = (value: number) => ({ label: 'embedded PGlite', value });
    rows.push({
      group: 'jobs: embedded',
      metric: `no-op throughput, ${label}`,
      value: embedded.throughput,
      unit: 'jobs/s',
    });
    rows.push({ group: 'jobs: embedded', metric: `enqueue→start p50, ${label}`, value: embedded.p50, unit: 'ms' });
    rows.push({ group: 'jobs: embedded', metric: `enqueue→start p99, ${label}`, value: embedded.p99, unit: 'ms' });
    if (!postgres) continue;
    const target = loops === 2;
    rows.push({
      group: 'jobs: postgres',
      metric: `no-op throughput, ${label}`,
      value: postgres.throughput,
      unit: 'jobs/s',
      baseline: vs(embedded.throughput),
      ...(target ? { target: '≥ 1000', pass: postgres.throughput >= 1000 } : {}),
    });
    rows.push({
      group: 'jobs: postgres',
      metric: `enqueue→start p50, ${label}`,
      value: postgres.p50,
      unit: 'ms',
      baseline: vs(embedded.p50),
    });
    rows.push({
      group: 'jobs: postgres',
      metric: `enqueue→start p99, ${label}`,
      value: postgres.p99,
      unit: 'ms',
      baseline: vs(embedded.p99),
      ...(target ? { target: '< 100', pass: postgres.p99 < 100 } : {}),
    });
  }
  return rows;
}
