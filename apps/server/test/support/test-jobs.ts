import pino from 'pino';
import { parseConfig, type Config } from '../../src/config/config.ts';
import type { Database } from '../../src/db/database.ts';
import { createNotificationListener, type NotificationListener } from '../../src/events/notification-listener.ts';
import { JobQueue, type JobQueueOptions } from '../../src/jobs/job-queue.ts';
import { startWorkers, type Workers, type WorkerOptions } from '../../src/jobs/job-worker.ts';

export interface TestJobs {
  queue: JobQueue;
  workers: Workers | undefined;
  listener: NotificationListener;
  config: Config;
  close(): Promise<void>;
}

/** A job queue (and, unless `workers: false`, in-process workers) on a test database. Silent logs. */
export async function startTestJobs(
  database: Database,
  opts: Partial<
    Pick<JobQueueOptions, 'retryLimit' | 'retryDelaySeconds' | 'expireSeconds' | 'maintenanceIntervalSeconds'>
  > & {
    workers?: boolean;
    worker?: Partial<WorkerOptions>;
  } = {},
): Promise<TestJobs> {
  const config = parseConfig({ NODE_ENV: 'test', DATA_DIR: '.tmp/test-data' });
  const log = pino({ level: 'silent' });
  const queue = await JobQueue.start(database, {
    retryLimit: opts.retryLimit ?? 0,
    retryDelaySeconds: opts.retryDelaySeconds ?? 1,
    expireSeconds: opts.expireSeconds ?? 60,
    maintenanceIntervalSeconds: opts.maintenanceIntervalSeconds ?? 60,
    log,
  });
  const listener = createNotificationListener(database);
  const workers =
    opts.workers === false
      ? undefined
      : await startWorkers(queue, {
          config,
          concurrency: 2,
          workerName: `test-${process.pid}`,
          log,
          listener,
          pollingIntervalSeconds: 0.5,
          ...opts.worker,
        });
  return {
    queue,
    workers,
    listener,
    config,
    async close() {
      await workers?.stop();
      await queue.stop(2_000);
      await listener.close();
    },
  };
}

/** Polls until `check` returns a value other than undefined/false, or fails after timeoutMs. */
export async function waitFor<T>(check: () => Promise<T | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
