import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { JobQueue, QueueDepth } from '../jobs/job-queue.ts';

export interface SystemStatus {
  queues: QueueDepth[];
  /** Session count per status (pipeline stage), statuses with no session omitted. */
  sessions: Record<string, number>;
}

/** Queue depth and sessions by stage, for `insession status` and the metrics gauges. */
export async function sessionsByStatus(db: Kysely<DB>): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('sessions')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('status')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

export async function collectStatus(db: Kysely<DB>, queue: JobQueue): Promise<SystemStatus> {
  const [queues, sessions] = await Promise.all([queue.depth(), sessionsByStatus(db)]);
  return { queues, sessions };
}
