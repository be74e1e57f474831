import type { Actor, RequestOrigin } from '../auth/actor.ts';

/** Who is asking and from where; every service call that touches clinical data takes one (for the audit log). */
export interface RequestContext {
  actor: Actor;
  origin: RequestOrigin;
}
