import { randomBytes } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Json } from '../db/schema.ts';
import type { EventNotification } from '../events/event-map.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { WebhookRepository, WebhookRow } from '../repositories/webhook.repository.ts';
import type { FieldCipher } from '../security/field-cipher.ts';
import { badRequest } from '../routes/http-error.ts';
import type { WebhookEventType } from '../repositories/api-tables.ts';
import { PrivateAddressError } from '../security/private-address.ts';
import { checkReceiverUrl } from './webhook-post.ts';

/** Pipeline events that become webhook deliveries, and the public event name they get. */
function webhookTypeOf(e: Pick<EventNotification, 'type'> & { stage?: string | null }): WebhookEventType | undefined {
  if (e.type === 'session.completed') return 'session.analyzed';
  if (e.type === 'session.failed') return 'session.failed';
  return undefined;
}

// Webhooks carry ids and event names only, never clinical text: the receiver fetches details with an API token.
export class WebhookService {
  constructor(
    private readonly repo: WebhookRepository,
    private readonly cipher: FieldCipher,
    private readonly queue: JobQueue,
    private readonly log: FastifyBaseLogger,
    /** WEBHOOK_ALLOW_PRIVATE_URLS: accept receivers on loopback/private addresses (tests, local development). */
    private readonly allowPrivate: boolean,
  ) {}

  /** Registers a URL; the signing secret is returned once and stored sealed. */
  async register(
    practiceId: string,
    url: string,
    events: WebhookEventType[],
  ): Promise<{ hook: WebhookRow; secret: string }> {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw badRequest('url must be http(s)');
    if (!this.allowPrivate) {
      await checkReceiverUrl(parsed).catch((err: Error) => {
        throw badRequest(
          err instanceof PrivateAddressError
            ? `url must be a public address: ${err.message}`
            : `url cannot be used: ${err.message}`,
        );
      });
    }
    const secret = `whsec_${randomBytes(24).toString('base64url')}`;
    const hook = await this.repo.create(practiceId, parsed.toString(), this.cipher.encrypt(secret), events);
    return { hook, secret };
  }

  /** Creates deliveries for an event and queues them (one job per delivery; retries re-queue with backoff). */
  async dispatch(practiceId: string, type: WebhookEventType, data: Record<string, Json>, sourceEventId: number | null) {
    const payload: Json = { type, occurredAt: new Date().toISOString(), data };
    const ids = await this.repo.createDeliveries(practiceId, type, payload, sourceEventId);
    for (const deliveryId of ids)
      await this.queue.send('webhook.deliver', { deliveryId, requestId: `webhook-${deliveryId}` });
  }

  /** Turns pipeline notifications (from any process) into deliveries; duplicates across API processes are ignored. */
  async onPipelineEvent(e: EventNotification): Promise<void> {
    const type = webhookTypeOf(e);
    if (!type) return;
    try {
      await this.dispatch(e.practiceId, type, { sessionId: e.sessionId, clientId: e.clientId }, e.id);
    } catch (err) {
      this.log.error({ err, eventId: e.id }, 'webhook dispatch failed');
    }
  }
}
