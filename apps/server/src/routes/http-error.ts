// Errors that routes and services throw to produce a specific status with a short, data-free message.
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** One answer for "missing" and "not yours", so ids from other tenants cannot be probed. */
export function notFound(what = 'resource'): HttpError {
  return new HttpError(404, 'not_found', `${what} not found`);
}

export function forbidden(message = 'not allowed for your role'): HttpError {
  return new HttpError(403, 'forbidden', message);
}

export function badRequest(message: string, code = 'bad_request'): HttpError {
  return new HttpError(400, code, message);
}

export function conflict(message: string): HttpError {
  return new HttpError(409, 'conflict', message);
}

export function unauthorized(message = 'sign in required'): HttpError {
  return new HttpError(401, 'unauthorized', message);
}
