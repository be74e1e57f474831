import { createInsessionClient } from '@insession/client';

// The one API client of the web app: the typed client generated from the server's OpenAPI document.
// Cookie sessions need the CSRF token on every write; it comes from sign-in, the demo call and /api/auth/me.
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export const api = createInsessionClient({
  baseUrl: window.location.origin,
  csrfToken: () => csrfToken ?? undefined,
});

/** An API failure with the server's readable message (errors are `{ error, message }`). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The data of a client call, or an ApiError carrying the server's message. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || !result.response.ok) {
    const body = result.error as { message?: unknown } | undefined;
    const message = typeof body?.message === 'string' ? body.message : `Request failed (${result.response.status}).`;
    throw new ApiError(result.response.status, message);
  }
  // 204 responses have no body; callers of those endpoints type T as void/null.
  return result.data as T;
}
