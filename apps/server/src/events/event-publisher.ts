import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { asJson } from '../db/json.ts';
import type { DB } from '../db/schema.ts';
import { eventsChannel } from './channels.ts';
import type { EventNotification, PipelineEventInput, PipelineEventType, StageProgress } from './event-map.ts';

/**
 * Writes a pipeline_events row and NOTIFYs it. Pass the transaction that changes the state the event
 * describes: the row and the notification then appear on commit, and neither appears on rollback.
 */
export async function publishEvent<T extends PipelineEventType>(
  trx: Kysely<DB>,
  database: Pick<Database, 'namespace'>,
  event: PipelineEventInput<T>,
): Promise<EventNotification> {
  const row = await trx
    .insertInto('pipeline_events')
    .values({
      practice_id: event.practiceId,
      session_id: event.sessionId,
      client_id: event.clientId,
      type: event.type,
      stage: event.stage,
      payload: asJson(event.payload),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const notification: EventNotification = {
    id: row.id,
    type: event.type,
    practiceId: event.practiceId,
    sessionId: event.sessionId,
    clientId: event.clientId,
    ...(event.type === 'stage.progress' ? { progress: event.payload as StageProgress } : {}),
  };
  await sql`SELECT pg_notify(${eventsChannel(database)}, ${JSON.stringify(notification)})`.execute(trx);
  return notification;
}
