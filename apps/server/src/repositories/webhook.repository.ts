import type { Kysely, Selectable } from 'kysely';
import { asJson } from '../db/json.ts';
import type { DB, Json } from '../db/schema.ts';

export type WebhookRow = Selectable<DB['webhooks']>;
export type DeliveryRow = Selectable<DB['webhook_deliveries']>;

export class WebhookRepository {
  constructor(private readonly db: Kysely<DB>) {}

  create(practiceId: string, url: string, sealedSecret: string, events: string[]): Promise<WebhookRow> {
    return this.db
      .insertInto('webhooks')
      .values({ practice_id: practiceId, url, secret: sealedSecret, events: asJson(events) })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  list(practiceId: string): Promise<WebhookRow[]> {
    return this.db
      .selectFrom('webhooks')
      .selectAll()
      .where('practice_id', '=', practiceId)
      .where('disabled_at', 'is', null)
      .orderBy('created_at')
      .execute();
  }

  async disable(practiceId: string, id: string): Promise<boolean> {
    const res = await this.db
      .updateTable('webhooks')
      .set({ disabled_at: new Date() })
      .where('id', '=', id)
      .where('practice_id', '=', practiceId)
      .where('disabled_at', 'is', null)
      .executeTakeFirst();
    return res.numUpdatedRows > 0n;
  }

  deliveries(practiceId: string, webhookId: string, limit: number): Promise<DeliveryRow[]> {
    return this.db
      .selectFrom('webhook_deliveries')
      .selectAll()
      .where('practice_id', '=', practiceId)
      .where('webhook_id', '=', webhookId)
      .orderBy('created_at', 'desc')
      .limit(limit)
      .execute();
  }

  /** One pending delivery per subscribed webhook; an event already turned into deliveries is skipped. */
  async createDeliveries(
    practiceId: string,
    eventType: string,
    payload: Json,
    sourceEventId: number | null,
  ): Promise<string[]> {
    const hooks = await this.list(practiceId);
    const ids: string[] = [];
    for (const hook of hooks) {
      if (!(hook.events as string[]).includes(eventType)) continue;
      const row = await this.db
        .insertInto('webhook_deliveries')
        .values({
          practice_id: practiceId,
          webhook_id: hook.id,
          event_type: eventType,
          source_event_id: sourceEventId,
          payload: asJson(payload),
        })
        .onConflict((oc) => oc.columns(['webhook_id', 'source_event_id']).doNothing())
        .returning('id')
        .executeTakeFirst();
      if (row) ids.push(row.id);
    }
    return ids;
  }

  async delivery(id: string): Promise<{ delivery: DeliveryRow; webhook: WebhookRow } | undefined> {
    const delivery = await this.db.selectFrom('webhook_deliveries').selectAll().where('id', '=', id).executeTakeFirst();
    if (!delivery) return undefined;
    const webhook = await this.db
      .selectFrom('webhooks')
      .selectAll()
      .where('id', '=', delivery.webhook_id)
      .executeTakeFirst();
    return webhook ? { delivery, webhook } : undefined;
  }

  async recordAttempt(
    id: string,
    result: { status: 'pending' | 'delivered' | 'failed'; statusCode: number | null; error: string | null },
  ): Promise<number> {
    const row = await this.db
      .updateTable('webhook_deliveries')
      .set((eb) => ({
        attempts: eb('attempts', '+', 1),
        status: result.status,
        last_status_code: result.statusCode,
        last_error: result.error,
        delivered_at: result.status === 'delivered' ? new Date() : null,
      }))
      .where('id', '=', id)
      .returning('attempts')
      .executeTakeFirstOrThrow();
    return row.attempts;
  }
}
