import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { DB } from '../db/schema.ts';
import { publishEvent } from '../events/event-publisher.ts';
import type { StageName } from './pipeline.ts';

export interface SessionRef {
  id: string;
  practice_id: string;
  client_id: string;
}

/** Marks the session failed with a message a clinician can read, and announces it (same transaction). */
export async function markSessionFailed(
  trx: Kysely<DB>,
  database: Database,
  session: SessionRef,
  stage: StageName | null,
  error: string,
): Promise<void> {
  await trx
    .updateTable('sessions')
    .set({ status: 'failed', error, failed_at: new Date(), updated_at: new Date() })
    .where('id', '=', session.id)
    .execute();
  await publishEvent(trx, database, {
    type: 'session.failed',
    practiceId: session.practice_id,
    sessionId: session.id,
    clientId: session.client_id,
    stage,
    payload: { stage, status: 'failed', error },
  });
}

/** Error text safe to show: the message only, bounded, never a stack. */
export function readableError(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.length > 500 ? `${message.slice(0, 497)}...` : message;
}
