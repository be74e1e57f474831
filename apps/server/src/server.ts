import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { buildApp } from './app.ts';
import type { Config } from './config/config.ts';
import type { Database } from './db/database.ts';
import { openAppDatabase } from './db/open-app-database.ts';
import { createNotificationListener, type NotificationListener } from './events/notification-listener.ts';
import { JobQueue } from './jobs/job-queue.ts';
import { periodicJobs, startScheduler } from './jobs/job-scheduler.ts';
import { startWorkers, type Workers } from './jobs/job-worker.ts';
import { createLogger } from './observability/logger.ts';
import { createMetrics, type Metrics } from './observability/metrics.ts';

export interface Runtime {
  config: Config;
  database: Database;
  queue: JobQueue;
  listener: NotificationListener;
  metrics: Metrics;
  log: Logger;
  workers: Workers | undefined;
  app: FastifyInstance | undefined;
  /** Where `serve` listens. */
  url: string | undefined;
  /** Stops accepting work, lets running jobs finish (bounded), closes the database. Idempotent. */
  close(): Promise<void>;
}

export interface RuntimeOptions {
  /** `serve`: HTTP + in-process workers; `worker`: workers only. */
  role: 'serve' | 'worker';
  /** Run job workers in this process (serve: default true). */
  workers?: boolean;
  log?: Logger;
}

/** Boots one Insession process: database + migrations, job queue, workers, and (for serve) the HTTP app. */
export async function startRuntime(config: Config, opts: RuntimeOptions): Promise<Runtime> {
  const log = opts.log ?? createLogger(config, { role: opts.role });
  const { database } = await openAppDatabase(config, log);
  const closers: (() => Promise<void>)[] = [() => database.close()];
  const close = async () => {
    for (const c of closers.splice(0).reverse()) {
      await c().catch((err: unknown) => log.error({ err }, 'error during shutdown'));
    }
  };
  try {
    const queue = await JobQueue.start(database, {
      retryLimit: config.JOB_RETRY_LIMIT,
      retryDelaySeconds: config.JOB_RETRY_DELAY_SECONDS,
      expireSeconds: config.JOB_EXPIRE_SECONDS,
      log,
    });
    closers.push(() => queue.stop());
    const listener = createNotificationListener(database);
    closers.push(() => listener.close());
    const metrics = createMetrics({ queue, db: database.db });

    let workers: Workers | undefined;
    if (opts.workers ?? true) {
      workers = await startWorkers(queue, {
        config,
        concurrency: config.JOB_CONCURRENCY,
        workerName: `${opts.role}-${process.pid}`,
        log,
        listener,
        onJobStart: (job, waitSeconds) => metrics.jobWait.observe({ job }, waitSeconds),
        onJobDone: (job, outcome, seconds) => {
          metrics.jobDuration.observe({ job, outcome }, seconds);
          metrics.jobsTotal.inc({ job, outcome });
        },
      });
      const w = workers;
      closers.push(() => w.stop());
      // Every process with workers offers the periodic jobs; each still runs once per slot (job-scheduler.ts).
      const scheduler = startScheduler(queue, { log, jobs: periodicJobs(config.CRAWL_SCHEDULE_MINUTES) });
      closers.push(() => scheduler.stop());
    }

    let app: FastifyInstance | undefined;
    let url: string | undefined;
    if (opts.role === 'serve') {
      const a = await buildApp({ config, database, queue, listener, metrics, log });
      app = a;
      closers.push(() => a.close());
      const address = await a.listen({ port: config.PORT, host: config.HOST });
      url = displayUrl(address, config.HOST);
    }
    return { config, database, queue, listener, metrics, log, workers, app, url, close };
  } catch (err) {
    await close();
    throw err;
  }
}

// Fastify reports the bound address (e.g. http://127.0.0.1:8080); show `localhost` for loopback/any.
function displayUrl(address: string, host: string): string {
  const u = new URL(address);
  if (host === '0.0.0.0' || host === '::' || u.hostname === '127.0.0.1' || u.hostname === '[::1]')
    u.hostname = 'localhost';
  return u.origin;
}

/** Closes the runtime on SIGINT/SIGTERM; a second signal exits at once. */
export function closeOnSignals(runtime: Runtime): void {
  let closing = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) process.exit(1);
    closing = true;
    runtime.log.info({ signal }, 'shutting down');
    void runtime.close().then(() => process.exit(0));
  };
  process.on('SIGINT', onSignal).on('SIGTERM', onSignal);
}
