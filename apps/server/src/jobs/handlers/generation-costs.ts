import type { GenerationUsage } from '@insession/core';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

/** One generation_costs row per model task (heuristic tasks too, at zero cost), for `insession costs`. */
export async function recordGenerationCosts(
  trx: Kysely<DB>,
  ref: { practiceId: string; sessionId: string | null; clientId: string },
  usage: GenerationUsage[],
): Promise<void> {
  if (usage.length === 0) return;
  await trx
    .insertInto('generation_costs')
    .values(
      usage.map((u) => ({
        practice_id: ref.practiceId,
        session_id: ref.sessionId,
        client_id: ref.clientId,
        task: u.task,
        provider: u.provider,
        model: u.model,
        prompt_version: u.promptVersion,
        input_tokens: u.inputTokens,
        output_tokens: u.outputTokens,
        cost_usd: u.costUsd,
        latency_ms: u.latencyMs,
        outcome: u.outcome,
      })),
    )
    .execute();
}
