import type { Logger } from 'pino';
import type { JobQueue } from './job-queue.ts';
import type { JobName } from './job-registry.ts';

/** A maintenance job that runs on a clock rather than in reply to a request. */
export interface PeriodicJob {
  name: Extract<JobName, 'audio.retention' | 'demo.cleanup' | 'crawl.schedule'>;
  everySeconds: number;
}

/** What runs on a clock, and how often. All are idempotent sweeps, so a late or extra run is harmless. */
export function periodicJobs(crawlScheduleMinutes: number): readonly PeriodicJob[] {
  return [
    { name: 'audio.retention', everySeconds: 3600 },
    // Each demo also queues its own cleanup at expiry; this sweep catches any demo whose job was lost.
    { name: 'demo.cleanup', everySeconds: 900 },
    // Queues a crawl for each library source whose re-crawl interval has passed (at most one per source).
    { name: 'crawl.schedule', everySeconds: crawlScheduleMinutes * 60 },
  ];
}

export interface SchedulerOptions {
  log: Logger;
  jobs: readonly PeriodicJob[];
  /** How often each process offers the jobs; a job still runs at most once per `everySeconds` slot. */
  tickSeconds?: number;
}

export interface Scheduler {
  stop(): Promise<void>;
}

/**
 * Queues periodic jobs from every process that runs workers, on PGlite and Postgres alike. pg-boss's cron
 * scheduler stays off (it is disabled in JobQueue for both databases); instead each tick sends a throttled
 * singleton: pg-boss accepts one job per name and time slot (a unique index), so however many processes
 * tick, each slot gets exactly one run, and the first tick after start-up catches up a missed slot.
 */
export function startScheduler(queue: JobQueue, opts: SchedulerOptions): Scheduler {
  const { jobs } = opts;
  let running: Promise<void> | undefined;
  const tick = async (): Promise<void> => {
    for (const job of jobs) {
      try {
        const slot = Math.floor(Date.now() / 1000 / job.everySeconds);
        const queued = await queue.sendThrottled(
          job.name,
          { requestId: `schedule-${job.name}-${slot}` },
          job.everySeconds,
        );
        if (queued) opts.log.debug({ job: job.name }, 'periodic job queued');
      } catch (err) {
        opts.log.error({ err, job: job.name }, 'could not queue a periodic job');
      }
    }
  };
  const offer = (): void => {
    running ??= tick().finally(() => (running = undefined));
  };
  offer();
  const timer = setInterval(offer, (opts.tickSeconds ?? 60) * 1000);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
