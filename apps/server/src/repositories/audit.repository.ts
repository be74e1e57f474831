import type { Kysely } from 'kysely';
import type { Actor, RequestOrigin } from '../auth/actor.ts';
import type { DB, Json } from '../db/schema.ts';
import { asJson } from '../db/json.ts';

export interface AuditEntry {
  action: string;
  resourceType: string;
  resourceId: string | null;
  details?: Record<string, Json>;
}

export interface AuditFilter {
  practiceId: string;
  actorUserId?: string;
  action?: string;
  resourceType?: string;
  resourceId?: string;
  since?: Date;
  until?: Date;
  limit: number;
  beforeId?: number;
}

// Append-only: this class has no update or delete, and the database trigger refuses them anyway.
export class AuditRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async record(actor: Actor | null, origin: RequestOrigin, entry: AuditEntry, practiceId?: string): Promise<void> {
    await this.db
      .insertInto('audit_log')
      .values({
        practice_id: practiceId ?? actor?.practiceId ?? null,
        actor_user_id: actor?.userId ?? null,
        action: entry.action,
        resource_type: entry.resourceType,
        resource_id: entry.resourceId,
        ip: origin.ip,
        request_id: origin.requestId,
        details: asJson(entry.details ?? {}),
      })
      .execute();
  }

  list(filter: AuditFilter) {
    let q = this.db
      .selectFrom('audit_log')
      .selectAll()
      .where('practice_id', '=', filter.practiceId)
      .orderBy('id', 'desc')
      .limit(filter.limit);
    if (filter.actorUserId) q = q.where('actor_user_id', '=', filter.actorUserId);
    if (filter.action) q = q.where('action', '=', filter.action);
    if (filter.resourceType) q = q.where('resource_type', '=', filter.resourceType);
    if (filter.resourceId) q = q.where('resource_id', '=', filter.resourceId);
    if (filter.since) q = q.where('at', '>=', filter.since);
    if (filter.until) q = q.where('at', '<', filter.until);
    if (filter.beforeId !== undefined) q = q.where('id', '<', filter.beforeId);
    return q.execute();
  }
}
