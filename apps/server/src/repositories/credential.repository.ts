import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { UserRow } from './user.repository.ts';

export interface SessionLookup {
  sessionId: string;
  lastSeenAt: Date;
  expiresAt: Date;
  user: UserRow;
  isDemo: boolean;
}

// Browser sessions, API tokens and password-reset tokens: all stored as sha256 hashes only.
export class CredentialRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async createSession(input: {
    userId: string;
    tokenHash: string;
    expiresAt: Date;
    ip: string | null;
    userAgent: string | null;
  }): Promise<void> {
    await this.db
      .insertInto('auth_sessions')
      .values({
        user_id: input.userId,
        token_hash: input.tokenHash,
        expires_at: input.expiresAt,
        ip: input.ip,
        user_agent: input.userAgent,
      })
      .execute();
  }

  async findSession(tokenHash: string): Promise<SessionLookup | undefined> {
    const row = await this.db
      .selectFrom('auth_sessions as s')
      .innerJoin('users as u', 'u.id', 's.user_id')
      .innerJoin('practices as p', 'p.id', 'u.practice_id')
      .selectAll('u')
      .select(['s.id as session_id', 's.last_seen_at', 's.expires_at', 'p.is_demo'])
      .where('s.token_hash', '=', tokenHash)
      .executeTakeFirst();
    if (!row) return undefined;
    const { session_id, last_seen_at, expires_at, is_demo, ...user } = row;
    return { sessionId: session_id, lastSeenAt: last_seen_at, expiresAt: expires_at, user, isDemo: is_demo };
  }

  async touchSession(sessionId: string, at: Date): Promise<void> {
    await this.db.updateTable('auth_sessions').set({ last_seen_at: at }).where('id', '=', sessionId).execute();
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.db.deleteFrom('auth_sessions').where('token_hash', '=', tokenHash).execute();
  }

  async deleteUserSessions(userId: string): Promise<void> {
    await this.db.deleteFrom('auth_sessions').where('user_id', '=', userId).execute();
  }

  async createApiToken(userId: string, name: string, tokenHash: string) {
    return this.db
      .insertInto('api_tokens')
      .values({ user_id: userId, name, token_hash: tokenHash })
      .returning(['id', 'name', 'created_at', 'last_used_at'])
      .executeTakeFirstOrThrow();
  }

  async findApiToken(tokenHash: string): Promise<{ tokenId: string; user: UserRow; isDemo: boolean } | undefined> {
    const row = await this.db
      .selectFrom('api_tokens as t')
      .innerJoin('users as u', 'u.id', 't.user_id')
      .innerJoin('practices as p', 'p.id', 'u.practice_id')
      .selectAll('u')
      .select(['t.id as token_id', 'p.is_demo'])
      .where('t.token_hash', '=', tokenHash)
      .where('t.revoked_at', 'is', null)
      .executeTakeFirst();
    if (!row) return undefined;
    const { token_id, is_demo, ...user } = row;
    return { tokenId: token_id, user, isDemo: is_demo };
  }

  async markTokenUsed(tokenId: string, at: Date): Promise<void> {
    await this.db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', tokenId).execute();
  }

  listApiTokens(userId: string) {
    return this.db
      .selectFrom('api_tokens')
      .select(['id', 'name', 'created_at', 'last_used_at'])
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .orderBy('created_at')
      .execute();
  }

  async revokeApiToken(userId: string, tokenId: string): Promise<boolean> {
    const res = await this.db
      .updateTable('api_tokens')
      .set({ revoked_at: new Date() })
      .where('id', '=', tokenId)
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return res.numUpdatedRows > 0n;
  }

  async createPasswordReset(userId: string, tokenHash: string, expiresAt: Date): Promise<void> {
    await this.db
      .insertInto('password_resets')
      .values({ user_id: userId, token_hash: tokenHash, expires_at: expiresAt })
      .execute();
  }

  /** Marks the reset used and returns its user, only if it exists, is unused and unexpired (atomic). */
  async consumePasswordReset(tokenHash: string, now: Date): Promise<string | undefined> {
    const row = await this.db
      .updateTable('password_resets')
      .set({ used_at: now })
      .where('token_hash', '=', tokenHash)
      .where('used_at', 'is', null)
      .where('expires_at', '>', now)
      .returning('user_id')
      .executeTakeFirst();
    return row?.user_id;
  }
}
