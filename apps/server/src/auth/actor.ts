import type { UserRole } from '../db/enums.ts';

/** The authenticated caller of a request, resolved from the session cookie or a bearer token. */
export interface Actor {
  userId: string;
  practiceId: string;
  role: UserRole;
  email: string;
  name: string;
  /** Cookie-authenticated requests need a CSRF token on writes; bearer requests do not. */
  via: 'cookie' | 'token';
  /** sha256 of the cookie session token (binds the CSRF token); absent for bearer tokens. */
  sessionHash?: string;
  isDemo: boolean;
}

/** Where a request came from, written into every audit row. */
export interface RequestOrigin {
  ip: string;
  requestId: string;
}
