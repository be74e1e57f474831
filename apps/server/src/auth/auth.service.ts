import type { Actor } from './actor.ts';
import type { CredentialRepository } from '../repositories/credential.repository.ts';
import type { UserRepository, UserRow } from '../repositories/user.repository.ts';
import type { FieldCipher } from '../security/field-cipher.ts';
import { hashOpaqueToken, newOpaqueToken } from '../security/opaque-token.ts';
import { burnPasswordCheck, hashPassword, verifyPassword } from '../security/password.hasher.ts';
import { newTotpSecret, totpUri, verifyTotp } from '../security/totp.ts';
import { HttpError, conflict, unauthorized } from '../routes/http-error.ts';

export interface AuthPolicy {
  idleMs: number;
  maxAgeMs: number;
}

export interface IssuedSession {
  token: string;
  tokenHash: string;
  expiresAt: Date;
  user: UserRow;
}

const SESSION_PREFIX = 'iss';
export const API_TOKEN_PREFIX = 'ist';
// Writing last_seen_at on every request would turn reads into writes; a minute of slack on idle logoff is fine.
const TOUCH_EVERY_MS = 60_000;

export function actorOf(user: UserRow, via: Actor['via'], isDemo: boolean, sessionHash?: string): Actor {
  return {
    userId: user.id,
    practiceId: user.practice_id,
    role: user.role,
    email: user.email,
    name: user.name,
    via,
    isDemo,
    ...(sessionHash ? { sessionHash } : {}),
  };
}

/** Passwords, browser sessions with idle logoff, API tokens and TOTP. */
export class AuthService {
  constructor(
    private readonly users: UserRepository,
    private readonly creds: CredentialRepository,
    private readonly cipher: FieldCipher,
    private readonly policy: AuthPolicy,
  ) {}

  async signUp(input: { practiceName: string; name: string; email: string; password: string }): Promise<UserRow> {
    if (await this.users.findByEmail(input.email)) throw conflict('an account with this email already exists');
    return this.users.createPractice({ ...input, passwordHash: await hashPassword(input.password) });
  }

  /** Checks email + password (+ TOTP when enrolled). Every failure gives the same message. */
  async checkCredentials(email: string, password: string, totp: string | undefined): Promise<UserRow> {
    const user = await this.users.findByEmail(email);
    if (!user?.password_hash || user.disabled_at) {
      await burnPasswordCheck(password);
      throw unauthorized('email or password is wrong');
    }
    if (!(await verifyPassword(user.password_hash, password))) throw unauthorized('email or password is wrong');
    if (user.totp_enabled_at && user.totp_secret) {
      if (!totp) throw new HttpError(401, 'totp_required', 'enter the 6-digit code from your authenticator app');
      if (!(await verifyTotp(this.cipher.decrypt(user.totp_secret), totp))) {
        throw new HttpError(401, 'totp_invalid', 'the authenticator code is wrong');
      }
    }
    return user;
  }

  async issueSession(
    user: UserRow,
    meta: { ip: string | null; userAgent: string | null },
    expiresAt?: Date,
  ): Promise<IssuedSession> {
    const { token, hash } = newOpaqueToken(SESSION_PREFIX);
    const expiry = expiresAt ?? new Date(Date.now() + this.policy.maxAgeMs);
    await this.creds.createSession({ userId: user.id, tokenHash: hash, expiresAt: expiry, ...meta });
    return { token, tokenHash: hash, expiresAt: expiry, user };
  }

  async signOut(token: string): Promise<void> {
    await this.creds.deleteSession(hashOpaqueToken(token));
  }

  /** The actor for a session cookie, or undefined when unknown, expired, or idle for too long. */
  async resolveSession(token: string, now = new Date()): Promise<Actor | undefined> {
    if (!token.startsWith(`${SESSION_PREFIX}_`)) return undefined;
    const hash = hashOpaqueToken(token);
    const found = await this.creds.findSession(hash);
    if (!found || found.user.disabled_at) return undefined;
    const idleFor = now.getTime() - found.lastSeenAt.getTime();
    if (found.expiresAt <= now || idleFor > this.policy.idleMs) {
      await this.creds.deleteSession(hash);
      return undefined;
    }
    if (idleFor > TOUCH_EVERY_MS) await this.creds.touchSession(found.sessionId, now);
    return actorOf(found.user, 'cookie', found.isDemo, hash);
  }

  async resolveApiToken(token: string, now = new Date()): Promise<Actor | undefined> {
    if (!token.startsWith(`${API_TOKEN_PREFIX}_`)) return undefined;
    const found = await this.creds.findApiToken(hashOpaqueToken(token));
    if (!found || found.user.disabled_at) return undefined;
    await this.creds.markTokenUsed(found.tokenId, now);
    return actorOf(found.user, 'token', found.isDemo);
  }

  async createApiToken(actor: Actor, name: string) {
    const { token, hash } = newOpaqueToken(API_TOKEN_PREFIX);
    const row = await this.creds.createApiToken(actor.userId, name, hash);
    return { ...row, token };
  }

  /** Starts TOTP enrolment: stores the secret (sealed) but leaves 2FA off until a code is confirmed. */
  async startTotp(actor: Actor): Promise<{ secret: string; uri: string }> {
    const secret = newTotpSecret();
    await this.users.setTotp(actor.userId, this.cipher.encrypt(secret), null);
    return { secret, uri: totpUri(secret, 'Insession', actor.email) };
  }

  async confirmTotp(actor: Actor, code: string): Promise<void> {
    const user = await this.users.findById(actor.userId);
    if (!user?.totp_secret) throw new HttpError(409, 'totp_not_started', 'start TOTP enrolment first');
    if (!(await verifyTotp(this.cipher.decrypt(user.totp_secret), code))) {
      throw new HttpError(400, 'totp_invalid', 'the authenticator code is wrong');
    }
    await this.users.setTotp(actor.userId, user.totp_secret, new Date());
  }

  async changePasswordWithReset(token: string, password: string): Promise<void> {
    const userId = await this.creds.consumePasswordReset(hashOpaqueToken(token), new Date());
    if (!userId) throw new HttpError(400, 'reset_invalid', 'this reset link is invalid or has expired');
    await this.users.setPassword(userId, await hashPassword(password));
    // A reset means the old password may be known to someone else: end every existing session.
    await this.creds.deleteUserSessions(userId);
  }

  /** Creates a reset token for a known email; returns undefined for unknown emails (caller answers the same). */
  async createPasswordReset(email: string, ttlMs: number): Promise<{ token: string; user: UserRow } | undefined> {
    const user = await this.users.findByEmail(email);
    if (!user || user.disabled_at) return undefined;
    const { token, hash } = newOpaqueToken('isr');
    await this.creds.createPasswordReset(user.id, hash, new Date(Date.now() + ttlMs));
    return { token, user };
  }
}
