import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const REQUEST_ID_HEADER = 'x-request-id';
// Accept a caller's id (a proxy or the CLI) only if it is short and plain, so it is safe in logs and headers.
const ACCEPTABLE = /^[A-Za-z0-9._:-]{1,100}$/;

/** Fastify `genReqId`: honour a well-formed x-request-id, otherwise make one. */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && ACCEPTABLE.test(given) ? given : randomUUID();
}
