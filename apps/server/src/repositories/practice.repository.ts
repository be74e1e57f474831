import type { Kysely, Selectable } from 'kysely';
import { asJson } from '../db/json.ts';
import type { DB, PracticeSettings } from '../db/schema.ts';

export type PracticeRow = Selectable<DB['practices']>;

export class PracticeRepository {
  constructor(private readonly db: Kysely<DB>) {}

  find(id: string): Promise<PracticeRow | undefined> {
    return this.db.selectFrom('practices').selectAll().where('id', '=', id).executeTakeFirst();
  }

  update(id: string, patch: { name?: string; settings?: PracticeSettings }): Promise<PracticeRow> {
    return this.db
      .updateTable('practices')
      .set({
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        ...(patch.settings !== undefined ? { settings: asJson(patch.settings) } : {}),
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  }
}
