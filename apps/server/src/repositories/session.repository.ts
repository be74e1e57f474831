import type { Kysely, Selectable } from 'kysely';
import type { Actor } from '../auth/actor.ts';
import type { SourceKind } from '../db/enums.ts';
import type { DB } from '../db/schema.ts';
import { sessionScope } from './actor-scope.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import { rerunStage } from '../jobs/pipeline-start.ts';
import type { StageName } from '../jobs/pipeline.ts';

export type SessionRow = Selectable<DB['sessions']>;

export interface SessionListFilter {
  clientId?: string;
  limit: number;
  /** Keyset cursor: sessions strictly before this (date, id). */
  before?: { date: string; id: string };
}

export class SessionRepository {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly queue: JobQueue,
  ) {}

  /** Clears the stage and its successors and queues it, atomically. */
  async rerun(id: string, stage: StageName, requestId: string): Promise<void> {
    await this.db.transaction().execute((trx) => rerunStage(trx, this.queue, { sessionId: id, stage, requestId }));
  }

  listVisible(actor: Actor, filter: SessionListFilter): Promise<SessionRow[]> {
    let q = this.db.selectFrom('sessions').selectAll().where(sessionScope(actor));
    if (filter.clientId) q = q.where('client_id', '=', filter.clientId);
    if (filter.before) {
      const { date, id } = filter.before;
      q = q.where((eb) =>
        eb.or([eb('session_date', '<', date), eb.and([eb('session_date', '=', date), eb('id', '<', id)])]),
      );
    }
    return q.orderBy('session_date', 'desc').orderBy('id', 'desc').limit(filter.limit).execute();
  }

  findVisible(actor: Actor, id: string): Promise<SessionRow | undefined> {
    return this.db
      .selectFrom('sessions')
      .selectAll()
      .where('id', '=', id)
      .where(sessionScope(actor))
      .executeTakeFirst();
  }

  findById(id: string): Promise<SessionRow | undefined> {
    return this.db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
  }

  insert(input: {
    practiceId: string;
    clientId: string;
    clinicianId: string;
    sessionDate: string;
    sourceKind: SourceKind;
  }): Promise<SessionRow> {
    return this.db
      .insertInto('sessions')
      .values({
        practice_id: input.practiceId,
        client_id: input.clientId,
        clinician_id: input.clinicianId,
        session_date: input.sessionDate,
        source_kind: input.sourceKind,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  update(id: string, patch: { session_date?: string }): Promise<SessionRow> {
    return this.db
      .updateTable('sessions')
      .set({ ...patch, updated_at: new Date() })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  /**
   * Deletes the session and, through ON DELETE CASCADE, its file rows, transcript, analyses and events. Returns
   * the paths of its recordings, for deleting the files no other session shares.
   */
  delete(id: string): Promise<string[]> {
    return this.db.transaction().execute(async (trx) => {
      const files = await trx.selectFrom('media_files').select('storage_path').where('session_id', '=', id).execute();
      await trx.deleteFrom('sessions').where('id', '=', id).execute();
      return files.map((f) => f.storage_path);
    });
  }

  /** Dates of a client's sessions, for attendance. */
  async datesForClient(clientId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('sessions')
      .select('session_date')
      .where('client_id', '=', clientId)
      .orderBy('session_date')
      .execute();
    return rows.map((r) => r.session_date);
  }
}
