import type { Kysely, Selectable } from 'kysely';
import type { Actor } from '../auth/actor.ts';
import type { DB } from '../db/schema.ts';
import { clientScope } from './actor-scope.ts';

export type ClientRow = Selectable<DB['clients']>;

export class ClientRepository {
  constructor(private readonly db: Kysely<DB>) {}

  listVisible(actor: Actor, includeArchived: boolean): Promise<ClientRow[]> {
    let q = this.db.selectFrom('clients').selectAll().where(clientScope(actor));
    if (!includeArchived) q = q.where('archived_at', 'is', null);
    return q.orderBy('name').orderBy('id').execute();
  }

  findVisible(actor: Actor, id: string): Promise<ClientRow | undefined> {
    return this.db.selectFrom('clients').selectAll().where('id', '=', id).where(clientScope(actor)).executeTakeFirst();
  }

  insert(input: { practiceId: string; clinicianId: string; name: string }): Promise<ClientRow> {
    return this.db
      .insertInto('clients')
      .values({ practice_id: input.practiceId, clinician_id: input.clinicianId, name: input.name })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  update(id: string, patch: { name?: string; clinician_id?: string }): Promise<ClientRow> {
    return this.db.updateTable('clients').set(patch).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
  }

  setArchived(id: string, at: Date | null): Promise<ClientRow> {
    return this.db
      .updateTable('clients')
      .set({ archived_at: at })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  async linkUser(id: string, userId: string): Promise<void> {
    await this.db.updateTable('clients').set({ user_id: userId }).where('id', '=', id).execute();
  }

  /** Whether a clinician (or admin) of this practice exists, for assigning caseloads. */
  async isStaff(practiceId: string, userId: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('users')
      .select('id')
      .where('id', '=', userId)
      .where('practice_id', '=', practiceId)
      .where('role', 'in', ['admin', 'clinician'])
      .executeTakeFirst();
    return row !== undefined;
  }

  /** The client's sessions and stored files, read before erasure so their files can be deleted after commit. */
  async storedFiles(clientId: string): Promise<{ sessionIds: string[]; paths: string[] }> {
    const rows = await this.db
      .selectFrom('sessions')
      .leftJoin('media_files', 'media_files.session_id', 'sessions.id')
      .select(['sessions.id', 'media_files.storage_path'])
      .where('sessions.client_id', '=', clientId)
      .execute();
    return {
      sessionIds: [...new Set(rows.map((r) => r.id))],
      paths: [...new Set(rows.flatMap((r) => (r.storage_path ? [r.storage_path] : [])))],
    };
  }

  /**
   * Deletes the client and, through ON DELETE CASCADE, everything hanging off it (sessions, file rows,
   * transcripts, analyses, notes, homework, rollups, questionnaires, events), plus the client's login.
   * audit_log has no foreign keys, so its rows stay.
   */
  async erase(client: ClientRow): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('clients').where('id', '=', client.id).execute();
      if (client.user_id) await trx.deleteFrom('users').where('id', '=', client.user_id).execute();
    });
  }
}
