import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import { WebhookRepository } from '../repositories/webhook.repository.ts';

export interface AnalysisRiskEvent {
  practiceId: string;
  clientId: string;
  sessionId: string;
  level: 'low' | 'moderate' | 'high';
  requestId: string;
}

/**
 * Queues `risk.flagged` deliveries for a session analysis that raised risk flags, inside the transaction that
 * stores the analysis: the deliveries exist exactly when the analysis does. Like every webhook it carries ids and
 * the level only, never the quote; the receiver fetches details with an API token.
 */
export async function queueAnalysisRiskFlagged(trx: Kysely<DB>, queue: JobQueue, e: AnalysisRiskEvent): Promise<void> {
  const payload = {
    type: 'risk.flagged',
    occurredAt: new Date().toISOString(),
    data: { clientId: e.clientId, sessionId: e.sessionId, source: 'session_analysis', level: e.level },
  };
  const ids = await new WebhookRepository(trx).createDeliveries(e.practiceId, 'risk.flagged', payload, null);
  for (const deliveryId of ids) await queue.send('webhook.deliver', { deliveryId, requestId: e.requestId }, { trx });
}
