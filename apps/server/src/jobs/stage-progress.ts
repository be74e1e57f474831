import type { Logger } from 'pino';
import type { Database } from '../db/database.ts';
import { publishEvent } from '../events/event-publisher.ts';
import type { StageName } from './pipeline.ts';
import type { SessionRow } from './stage-runner.ts';

/** At most one event per this interval within a step, and only after this much progress: a few rows per stage. */
const MIN_INTERVAL_MS = 1000;
const MIN_STEP = 0.05;

export interface ProgressReporter {
  /** Synchronous, so engines can call it from their loops; the event is written in the background, in order. */
  report(step: string, fraction: number): void;
  /** Waits until every reported event is stored. */
  flush(): Promise<void>;
}

/**
 * Turns a stage's progress callbacks into throttled `stage.progress` events, which SSE carries to the browser.
 * A new step is always announced; within a step an event needs both a second and 5% since the last one.
 * Progress is informational: a failed write is logged and never fails the stage.
 */
export function stageProgressReporter(
  database: Database,
  session: SessionRow,
  stage: StageName,
  log: Logger,
  now: () => number = Date.now,
): ProgressReporter {
  let last: { step: string; fraction: number; at: number } | undefined;
  let pending: Promise<void> = Promise.resolve();
  return {
    report(step, fraction) {
      const t = now();
      const due =
        !last || last.step !== step || (t - last.at >= MIN_INTERVAL_MS && fraction - last.fraction >= MIN_STEP);
      if (!due) return;
      last = { step, fraction, at: t };
      const payload = { stage, step, fraction: Math.round(Math.min(1, Math.max(0, fraction)) * 100) / 100 };
      pending = pending
        .then(async () => {
          await publishEvent(database.db, database, {
            type: 'stage.progress',
            practiceId: session.practice_id,
            sessionId: session.id,
            clientId: session.client_id,
            stage,
            payload,
          });
        })
        .catch((err: unknown) => log.warn({ err }, 'could not store a progress event'));
    },
    flush: () => pending,
  };
}
