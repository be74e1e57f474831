import { fieldCipherFromConfig } from '../config/field-cipher.ts';
import type { JobHandler } from '../jobs/job-handler.ts';
import type { JobPayload } from '../jobs/job-registry.ts';
import { WebhookRepository } from '../repositories/webhook.repository.ts';
import { signWebhook } from '../security/webhook-signature.ts';
import { WEBHOOK_MAX_ATTEMPTS, webhookRetryDelaySeconds } from './webhook-backoff.ts';

const TIMEOUT_MS = 10_000;

/**
 * POSTs one delivery, signed with HMAC-SHA256 over `<timestamp>.<body>`. Every attempt is written to the
 * delivery log; a failure re-queues the delivery with exponential backoff until WEBHOOK_MAX_ATTEMPTS.
 */
export const handler: JobHandler<JobPayload<'webhook.deliver'>> = async (payload, ctx) => {
  const repo = new WebhookRepository(ctx.database.db);
  const found = await repo.delivery(payload.deliveryId);
  if (!found || found.delivery.status !== 'pending' || found.webhook.disabled_at) return;
  const { delivery, webhook } = found;
  const body = JSON.stringify({ id: delivery.id, ...(delivery.payload as object) });
  const secret = fieldCipherFromConfig(ctx.config).decrypt(webhook.secret);
  let statusCode: number | null = null;
  let error: string | null = null;
  try {
    const res = await fetch(webhook.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Insession-Webhooks/1',
        'x-insession-event': delivery.event_type,
        'x-insession-delivery': delivery.id,
        'x-insession-signature': signWebhook(secret, Math.floor(Date.now() / 1000), body),
      },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    statusCode = res.status;
    await res.body?.cancel();
    if (!res.ok) error = `receiver answered ${res.status}`;
  } catch (err) {
    error = err instanceof Error ? err.message : String(err);
  }
  const attempt = delivery.attempts + 1;
  const status = error === null ? 'delivered' : attempt >= WEBHOOK_MAX_ATTEMPTS ? 'failed' : 'pending';
  await repo.recordAttempt(delivery.id, { status, statusCode, error });
  if (status === 'pending') {
    await ctx.queue.send(
      'webhook.deliver',
      { deliveryId: delivery.id, requestId: payload.requestId },
      { startAfter: webhookRetryDelaySeconds(attempt) },
    );
  }
  ctx.log.info({ deliveryId: delivery.id, attempt, status, statusCode }, 'webhook delivery attempt');
};
