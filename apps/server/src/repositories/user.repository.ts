import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { UserRole } from '../db/enums.ts';

export type UserRow = Selectable<DB['users']>;

export class UserRepository {
  constructor(private readonly db: Kysely<DB>) {}

  findByEmail(email: string): Promise<UserRow | undefined> {
    return this.db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
  }

  findById(id: string): Promise<UserRow | undefined> {
    return this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** A new practice with its first admin, in one transaction. */
  async createPractice(input: {
    practiceName: string;
    email: string;
    name: string;
    passwordHash: string | null;
    demoExpiresAt?: Date;
  }): Promise<UserRow> {
    return this.db.transaction().execute(async (trx) => {
      const practice = await trx
        .insertInto('practices')
        .values({
          name: input.practiceName,
          is_demo: input.demoExpiresAt !== undefined,
          demo_expires_at: input.demoExpiresAt ?? null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return trx
        .insertInto('users')
        .values({
          practice_id: practice.id,
          email: input.email.toLowerCase(),
          name: input.name,
          role: 'admin',
          password_hash: input.passwordHash,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
    });
  }

  createUser(input: {
    practiceId: string;
    email: string;
    name: string;
    role: UserRole;
    passwordHash: string | null;
  }): Promise<UserRow> {
    return this.db
      .insertInto('users')
      .values({
        practice_id: input.practiceId,
        email: input.email.toLowerCase(),
        name: input.name,
        role: input.role,
        password_hash: input.passwordHash,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  listPracticeStaff(practiceId: string): Promise<UserRow[]> {
    return this.db
      .selectFrom('users')
      .selectAll()
      .where('practice_id', '=', practiceId)
      .where('role', '!=', 'client')
      .orderBy('created_at')
      .execute();
  }

  async setPassword(userId: string, passwordHash: string): Promise<void> {
    await this.db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', userId).execute();
  }

  async setTotp(userId: string, sealedSecret: string | null, enabledAt: Date | null): Promise<void> {
    await this.db
      .updateTable('users')
      .set({ totp_secret: sealedSecret, totp_enabled_at: enabledAt })
      .where('id', '=', userId)
      .execute();
  }

  async practiceIsDemo(practiceId: string): Promise<boolean> {
    const row = await this.db.selectFrom('practices').select('is_demo').where('id', '=', practiceId).executeTakeFirst();
    return row?.is_demo ?? false;
  }
}
