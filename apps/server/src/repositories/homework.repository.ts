import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../db/schema.ts';

export type HomeworkRow = Selectable<DB['homework_items']>;

export class HomeworkRepository {
  constructor(private readonly db: Kysely<DB>) {}

  listForSession(sessionId: string): Promise<HomeworkRow[]> {
    return this.db
      .selectFrom('homework_items')
      .selectAll()
      .where('session_id', '=', sessionId)
      .orderBy('created_at')
      .execute();
  }

  listForClient(clientId: string): Promise<HomeworkRow[]> {
    return this.db
      .selectFrom('homework_items')
      .selectAll()
      .where('client_id', '=', clientId)
      .orderBy('created_at')
      .execute();
  }

  findInPractice(practiceId: string, id: string): Promise<HomeworkRow | undefined> {
    return this.db
      .selectFrom('homework_items')
      .selectAll()
      .where('id', '=', id)
      .where('practice_id', '=', practiceId)
      .executeTakeFirst();
  }

  add(input: { practiceId: string; sessionId: string; clientId: string; text: string }): Promise<HomeworkRow> {
    return this.db
      .insertInto('homework_items')
      .values({
        practice_id: input.practiceId,
        session_id: input.sessionId,
        client_id: input.clientId,
        text: input.text,
        source: 'clinician',
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  setCompleted(id: string, done: boolean): Promise<HomeworkRow> {
    return this.db
      .updateTable('homework_items')
      .set({ completed_at: done ? new Date() : null })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  }
}
