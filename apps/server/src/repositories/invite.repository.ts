import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

export class InviteRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async create(input: {
    practiceId: string;
    clientId: string;
    createdBy: string;
    email: string;
    tokenHash: string;
    expiresAt: Date;
  }): Promise<void> {
    await this.db
      .insertInto('client_invites')
      .values({
        practice_id: input.practiceId,
        client_id: input.clientId,
        created_by: input.createdBy,
        email: input.email.toLowerCase(),
        token_hash: input.tokenHash,
        expires_at: input.expiresAt,
      })
      .execute();
  }

  /** Email of a pending invite, to refuse accepting when that email already has an account. */
  async peekEmail(tokenHash: string): Promise<string | undefined> {
    const row = await this.db
      .selectFrom('client_invites')
      .select('email')
      .where('token_hash', '=', tokenHash)
      .where('accepted_at', 'is', null)
      .executeTakeFirst();
    return row?.email;
  }

  /**
   * Accepts an invite atomically: marks it used, creates the client's login and links it to the client record.
   * Returns undefined when the token is unknown, used or expired.
   */
  async accept(tokenHash: string, passwordHash: string, name: string, now: Date): Promise<string | undefined> {
    return this.db.transaction().execute(async (trx) => {
      const invite = await trx
        .updateTable('client_invites')
        .set({ accepted_at: now })
        .where('token_hash', '=', tokenHash)
        .where('accepted_at', 'is', null)
        .where('expires_at', '>', now)
        .returningAll()
        .executeTakeFirst();
      if (!invite) return undefined;
      const client = await trx
        .selectFrom('clients')
        .select(['id', 'user_id'])
        .where('id', '=', invite.client_id)
        .executeTakeFirst();
      if (!client || client.user_id) return undefined;
      const user = await trx
        .insertInto('users')
        .values({
          practice_id: invite.practice_id,
          email: invite.email,
          name,
          role: 'client',
          password_hash: passwordHash,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx.updateTable('clients').set({ user_id: user.id }).where('id', '=', client.id).execute();
      return user.id;
    });
  }
}
