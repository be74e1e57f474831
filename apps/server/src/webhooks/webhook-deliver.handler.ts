import { fieldCipherFromConfig } from '../config/field-cipher.ts';
import type { JobHandler } from '../jobs/job-handler.ts';
import type { JobPayload } from '../jobs/job-registry.ts';
import { WebhookRepository } from '../repositories/webhook.repository.ts';
import { signWebhook } from '../security/webhook-signature.ts';
import { WEBHOOK_MAX_ATTEMPTS, webhookRetryDelaySeconds } from './webhook-backoff.ts';
import { postWebhook } from './webhook-post.ts';

const TIMEOUT_MS = 10_000;

/**
 * POSTs one delivery, signed with HMAC-SHA256 over `<timestamp>.<body>`. Every attempt is written to the
 * delivery log; a failure re-queues the delivery with exponential backoff until WEBHOOK_MAX_ATTEMPTS, except a
 * receiver on a private address (SSRF guard), which fails at once.
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
  let refused = false;
  try {
    statusCode = await postWebhook(webhook.url, {
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Insession-Webhooks/1',
        'x-insession-event': delivery.event_type,
        'x-insession-delivery': delivery.id,
        'x-insession-signature': signWebhook(secret, Math.floor(Date.now() / 1000), body),
      },
      body,
      timeoutMs: TIMEOUT_MS,
      allowPrivate: ctx.config.WEBHOOK_ALLOW_PRIVATE_URLS,
    });
    if (statusCode < 200 || statusCode >= 300) error = `receiver answered ${statusCode}`;
  } catch (err) {
    // A receiver on a private address is refused for good: retrying cannot make the request safe.
    refused = (err as { code?: unknown }).code === 'EPRIVATEADDRESS';
    error = refused
      ? `refused: ${(err as Error).message}; webhooks may only reach public addresses`
      : err instanceof Error
        ? err.message
        : String(err);
  }
  const attempt = delivery.attempts + 1;
  const status = error === null ? 'delivered' : refused || attempt >= WEBHOOK_MAX_ATTEMPTS ? 'failed' : 'pending';
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
