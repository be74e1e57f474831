import { sql, type Insertable, type Kysely } from 'kysely';
import type { Actor, RequestOrigin } from '../auth/actor.ts';
import type { DB, Json } from '../db/schema.ts';

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

type AuditInsert = Insertable<DB['audit_log']>;

interface Waiting {
  row: AuditInsert;
  done: (err?: unknown) => void;
}

/** Rows per INSERT; far above what piles up in one commit at 500 req/s. */
const MAX_BATCH = 500;

// Append-only: this class has no update or delete, and the database trigger refuses them anyway.
// Writes use group commit: while one INSERT is in flight, new rows queue and go in the next multi-row INSERT.
// Each caller still waits until its own row is committed (no data is returned before its audit row exists),
// but a burst of reads costs one commit (one WAL flush) instead of one each.
export class AuditRepository {
  private readonly waiting: Waiting[] = [];
  private flushing = false;

  constructor(private readonly db: Kysely<DB>) {}

  record(actor: Actor | null, origin: RequestOrigin, entry: AuditEntry, practiceId?: string): Promise<void> {
    const row: AuditInsert = {
      practice_id: practiceId ?? actor?.practiceId ?? null,
      actor_user_id: actor?.userId ?? null,
      action: entry.action,
      resource_type: entry.resourceType,
      resource_id: entry.resourceId,
      ip: origin.ip,
      request_id: origin.requestId,
      details: JSON.stringify(entry.details ?? {}),
    };
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ row, done: (err) => (err === undefined ? resolve() : reject(err)) });
      if (!this.flushing) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    while (this.waiting.length > 0) {
      const batch = this.waiting.splice(0, MAX_BATCH);
      try {
        await this.db
          .insertInto('audit_log')
          .values(batch.map((b) => ({ ...b.row, details: sql`${b.row.details}::jsonb` })))
          .execute();
        for (const b of batch) b.done();
      } catch (err) {
        for (const b of batch) b.done(err);
      }
    }
    this.flushing = false;
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
