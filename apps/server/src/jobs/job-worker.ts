import type PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { Config } from '../config/config.ts';
import { fieldCipherFromConfig } from '../config/field-cipher.ts';
import { jobsChannel } from '../events/channels.ts';
import type { NotificationListener, Unsubscribe } from '../events/notification-listener.ts';
import type { JobHandler } from './job-handler.ts';
import type { JobQueue } from './job-queue.ts';
import { JOB_NAMES, jobRegistry, type JobName } from './job-registry.ts';

export interface WorkerOptions {
  config: Config;
  /** Parallel jobs per queue in this process. */
  concurrency: number;
  /** Queues to serve (default: all). */
  names?: readonly JobName[];
  /** Recorded by probe jobs and logged; e.g. `serve-1234`. */
  workerName: string;
  log: Logger;
  /** Wakes idle workers as soon as a job is queued anywhere; without it they poll. */
  listener?: NotificationListener;
  /** Fallback polling when no notification arrives (pg-boss minimum 0.5). */
  pollingIntervalSeconds?: number;
  /** Called when an attempt starts, with how long the job waited since it was queued (database clock). */
  onJobStart?: (name: JobName, waitSeconds: number) => void;
  /** Called after every job attempt (metrics). */
  onJobDone?: (name: JobName, outcome: 'completed' | 'failed', seconds: number) => void;
}

export interface Workers {
  stop(): Promise<void>;
}

/** Starts pg-boss workers for the registered jobs; handlers are imported on first use. */
export async function startWorkers(queue: JobQueue, opts: WorkerOptions): Promise<Workers> {
  const { boss } = queue;
  const cipher = fieldCipherFromConfig(opts.config);
  const idsByName = new Map<JobName, string[]>();
  const handlers = new Map<JobName, Promise<JobHandler<unknown>>>();
  const handlerFor = (name: JobName) => {
    let h = handlers.get(name);
    if (!h) {
      h = jobRegistry[name].load().then((m) => m.handler as JobHandler<unknown>);
      handlers.set(name, h);
    }
    return h;
  };

  const runOne = async (name: JobName, job: PgBoss.JobWithMetadata<object>): Promise<void> => {
    const started = performance.now();
    opts.onJobStart?.(name, Math.max(0, job.startedOn.getTime() - job.createdOn.getTime()) / 1000);
    const requestId = (job.data as { requestId?: unknown }).requestId;
    const log = opts.log.child({ job: name, jobId: job.id, requestId, attempt: job.retryCount + 1 });
    try {
      const payload = jobRegistry[name].payload.parse(job.data);
      const handler = await handlerFor(name);
      await handler(payload, {
        database: queue.database,
        config: opts.config,
        cipher,
        queue,
        log,
        jobId: job.id,
        retryCount: job.retryCount,
        isFinalAttempt: job.retryCount >= job.retryLimit,
        workerName: opts.workerName,
      });
      opts.onJobDone?.(name, 'completed', (performance.now() - started) / 1000);
    } catch (err) {
      log.error({ err }, 'job attempt failed');
      opts.onJobDone?.(name, 'failed', (performance.now() - started) / 1000);
      throw err;
    }
  };

  for (const name of opts.names ?? JOB_NAMES) {
    const { batchSize } = jobRegistry[name];
    const ids: string[] = [];
    for (let i = 0; i < opts.concurrency; i++) {
      let id = '';
      id = await boss.work<object>(
        name,
        { batchSize, includeMetadata: true, pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 2 },
        async (jobs) => {
          // pg-boss waits a polling interval after every fetch; a worker that just got jobs fetches
          // again at once, so a backlog drains at full speed.
          boss.notifyWorker(id);
          if (jobs.length === 1 && jobs[0]) return runOne(name, jobs[0]);
          // In a batch each job succeeds or fails on its own (pg-boss would otherwise fail the whole batch);
          // successes are completed together in one statement.
          const results = await Promise.allSettled(jobs.map((job) => runOne(name, job)));
          const succeeded: string[] = [];
          const failures: Promise<unknown>[] = [];
          results.forEach((r, i) => {
            const id = jobs[i]?.id ?? '';
            if (r.status === 'fulfilled') succeeded.push(id);
            else failures.push(boss.fail(name, id, { message: messageOf(r.reason) }));
          });
          await Promise.all(failures);
          if (succeeded.length > 0) await boss.complete(name, succeeded);
        },
      );
      ids.push(id);
    }
    idsByName.set(name, ids);
  }

  let unlisten: Unsubscribe | undefined;
  if (opts.listener) {
    unlisten = await opts.listener.listen(jobsChannel(queue.database), (name) => {
      for (const id of idsByName.get(name as JobName) ?? []) boss.notifyWorker(id);
    });
  }
  opts.log.info({ queues: [...idsByName.keys()], concurrency: opts.concurrency }, 'workers started');

  return {
    async stop() {
      await unlisten?.();
      await Promise.all([...idsByName.keys()].map((name) => boss.offWork(name)));
    },
  };
}

function messageOf(reason: unknown): string {
  return reason instanceof Error ? reason.message : String(reason);
}
