import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { JobQueue } from './job-queue.ts';

/**
 * Sends `crawl.schedule` now and every `minutes` from a worker process. pg-boss's own cron is off (schedule: false
 * in job-queue.ts), and several processes sending it is harmless: the handler queues at most one crawl per source.
 */
export function startCrawlSchedule(queue: JobQueue, minutes: number, log: Logger): () => void {
  const tick = (): void => {
    queue.send('crawl.schedule', { requestId: `schedule-${randomUUID()}` }).catch((err: unknown) => {
      log.error({ err }, 'could not queue the library re-crawl check');
    });
  };
  tick();
  const timer = setInterval(tick, minutes * 60_000);
  timer.unref();
  return () => clearInterval(timer);
}
