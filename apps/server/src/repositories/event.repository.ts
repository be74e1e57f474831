import type { Kysely } from 'kysely';
import type { Actor } from '../auth/actor.ts';
import type { DB } from '../db/schema.ts';
import type { SessionRow } from './session.repository.ts';

export interface EventResource {
  session: SessionRow | undefined;
  /** Owner data used to decide who may receive the event. */
  clinicianId: string | undefined;
  clientUserId: string | null;
}

export interface StoredEvent {
  id: number;
  type: string;
  practice_id: string;
  session_id: string | null;
  client_id: string | null;
  payload: unknown;
}

export class EventRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** The session (or client) an event is about, loaded once per event and shared by every connection. */
  async resource(sessionId: string | null, clientId: string | null): Promise<EventResource> {
    if (sessionId) {
      const row = await this.db
        .selectFrom('sessions')
        .innerJoin('clients', 'clients.id', 'sessions.client_id')
        .selectAll('sessions')
        .select('clients.user_id as client_user_id')
        .where('sessions.id', '=', sessionId)
        .executeTakeFirst();
      if (!row) return { session: undefined, clinicianId: undefined, clientUserId: null };
      const { client_user_id, ...session } = row;
      return { session, clinicianId: session.clinician_id, clientUserId: client_user_id };
    }
    if (clientId) {
      const c = await this.db
        .selectFrom('clients')
        .select(['clinician_id', 'user_id'])
        .where('id', '=', clientId)
        .executeTakeFirst();
      return { session: undefined, clinicianId: c?.clinician_id, clientUserId: c?.user_id ?? null };
    }
    return { session: undefined, clinicianId: undefined, clientUserId: null };
  }

  /** Events after `afterId` in the caller's practice (visibility is checked per event by the caller). */
  since(actor: Actor, afterId: number, limit: number): Promise<StoredEvent[]> {
    return this.db
      .selectFrom('pipeline_events')
      .select(['id', 'type', 'practice_id', 'session_id', 'client_id', 'payload'])
      .where('practice_id', '=', actor.practiceId)
      .where('id', '>', afterId)
      .orderBy('id')
      .limit(limit)
      .execute();
  }
}
