import type { FastifyRequest } from 'fastify';
import type { UserRole } from '../db/enums.ts';
import type { RequestContext } from '../services/request-context.ts';
import { forbidden, unauthorized } from './http-error.ts';

/**
 * The route's authorization gate: the caller must be signed in and hold one of `roles`. Called first in every
 * handler, before any data is read.
 */
export function authorize(req: FastifyRequest, roles: readonly UserRole[]): RequestContext {
  const actor = req.actor;
  if (!actor) throw unauthorized();
  if (!roles.includes(actor.role)) throw forbidden();
  return { actor, origin: { ip: req.ip, requestId: String(req.id) } };
}

export const STAFF = ['admin', 'clinician'] as const satisfies readonly UserRole[];
export const EVERYONE = ['admin', 'clinician', 'client'] as const satisfies readonly UserRole[];
export const ADMIN = ['admin'] as const satisfies readonly UserRole[];
