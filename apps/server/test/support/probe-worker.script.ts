// A worker process for the crash and scale-out tests: `node --import tsx probe-worker.script.ts '<json args>'`.
// Prints READY, ACTIVE (a probe job is running), ROWS <n> (result rows for watchKey), and on "stop" from stdin
// waits for the queue to drain and prints FINAL <n> before exiting.
import { createInterface } from 'node:readline';
import pino from 'pino';
import { parseConfig } from '../../src/config/config.ts';
import { openDatabase } from '../../src/db/database.ts';
import { migrate } from '../../src/db/migrator.ts';
import { createNotificationListener } from '../../src/events/notification-listener.ts';
import { JobQueue } from '../../src/jobs/job-queue.ts';
import { startWorkers } from '../../src/jobs/job-worker.ts';

interface Args {
  name: string;
  dataDir?: string;
  url?: string;
  schema?: string;
  watchKey: string;
  enqueue?: { sleepMs: number; expireInSeconds: number };
}

const args = JSON.parse(process.argv[2] ?? '{}') as Args;
const say = (line: string) => process.stdout.write(`${line}\n`);
const log = pino({ level: 'silent' });

const database = await openDatabase({ url: args.url, dataDir: args.dataDir, schema: args.schema });
await migrate(database.db);
const queue = await JobQueue.start(database, {
  retryLimit: 3,
  retryDelaySeconds: 1,
  expireSeconds: 60,
  // Lost jobs (the killed worker's) are detected within a second.
  maintenanceIntervalSeconds: 1,
  log,
});
const listener = createNotificationListener(database);
const workers = await startWorkers(queue, {
  config: parseConfig({ NODE_ENV: 'test' }),
  concurrency: 2,
  names: ['system.probe'],
  workerName: args.name,
  log,
  listener,
  pollingIntervalSeconds: 0.5,
});
say('READY');

if (args.enqueue) {
  await queue.send(
    'system.probe',
    { key: args.watchKey, sleepMs: args.enqueue.sleepMs, requestId: `req-${args.name}` },
    { expireInSeconds: args.enqueue.expireInSeconds },
  );
}

const rowCount = async () =>
  Number(
    (
      await database.db
        .selectFrom('job_probe_results')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('probe_key', 'like', `${args.watchKey}%`)
        .executeTakeFirstOrThrow()
    ).n,
  );

let stopping = false;
let lastRows = -1;
let sawActive = false;
const watch = setInterval(() => {
  void (async () => {
    if (stopping) return;
    const depth = await queue.depth();
    if (!sawActive && depth.some((d) => d.name === 'system.probe' && d.active > 0)) {
      sawActive = true;
      say('ACTIVE');
    }
    const rows = await rowCount();
    if (rows !== lastRows) say(`ROWS ${(lastRows = rows)}`);
  })().catch((err: unknown) => say(`ERROR ${String(err)}`));
}, 100);

createInterface({ input: process.stdin }).on('line', (line) => {
  if (line.trim() !== 'stop' || stopping) return;
  stopping = true;
  clearInterval(watch);
  void (async () => {
    // Drain: nothing queued or running any more, so a duplicate would already have been written.
    for (;;) {
      const depth = (await queue.depth()).find((d) => d.name === 'system.probe');
      if (!depth || (depth.queued === 0 && depth.active === 0)) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    say(`FINAL ${await rowCount()}`);
    await workers.stop();
    await queue.stop(2_000);
    await listener.close();
    await database.close();
    process.exit(0);
  })();
});
