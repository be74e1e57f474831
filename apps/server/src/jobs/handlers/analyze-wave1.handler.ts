import { splitSessionAnalysis } from '@insession/core';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { FieldCipher } from '../../security/field-cipher.ts';
import { openJson, sealJson } from '../../security/sealed-json.ts';
import { queueAnalysisRiskFlagged } from '../../webhooks/risk-flagged.webhook.ts';
import { defineStage } from '../stage-runner.ts';
import { practiceSettings } from './analysis-providers.ts';
import { recordGenerationCosts } from './generation-costs.ts';
import { loadTranscript } from './session-records.ts';
import { analyzeWave1 } from './wave1-analysis.ts';

// Wave 1: the analysis engine of packages/core over the stored transcript, with a language model judging mood,
// labels, breakthrough and risk when the practice or server chose one. Results are stored one row per kind
// (re-running replaces them) plus the agreed homework as checkable items, and the model calls' costs.
export const handler = defineStage('analyze.wave1', async (session, ctx) => {
  const { db } = ctx.database;
  const transcript = await loadTranscript(db, ctx.cipher, session.id);
  const { analysis, usage } = await analyzeWave1(transcript, await practiceSettings(db, session.practice_id), ctx);
  const parts = splitSessionAnalysis(analysis).map((p) => ({ kind: p.kind, sealed: sealJson(ctx.cipher, p.payload) }));

  return async (trx) => {
    const before = await previousRiskLevel(trx, ctx.cipher, session.id);
    for (const part of parts) {
      await trx
        .insertInto('analyses')
        .values({
          practice_id: session.practice_id,
          session_id: session.id,
          kind: part.kind,
          schema_version: analysis.schemaVersion,
          provider: analysis.provider,
          payload: part.sealed.value,
          key_id: part.sealed.keyId,
        })
        .onConflict((oc) =>
          oc.columns(['session_id', 'kind']).doUpdateSet({
            schema_version: (eb) => eb.ref('excluded.schema_version'),
            provider: (eb) => eb.ref('excluded.provider'),
            payload: (eb) => eb.ref('excluded.payload'),
            key_id: (eb) => eb.ref('excluded.key_id'),
            created_at: sql`now()`,
          }),
        )
        .execute();
    }
    await recordGenerationCosts(
      trx,
      { practiceId: session.practice_id, sessionId: session.id, clientId: session.client_id },
      usage,
    );
    // A re-run replaces generated homework, except items the client already checked off.
    await trx
      .deleteFrom('homework_items')
      .where('session_id', '=', session.id)
      .where('source', '=', 'generated')
      .where('completed_at', 'is', null)
      .execute();
    const kept = await trx.selectFrom('homework_items').select('text').where('session_id', '=', session.id).execute();
    const items = analysis.actionItems.filter((item) => !kept.some((k) => k.text === item.text));
    if (items.length > 0) {
      await trx
        .insertInto('homework_items')
        .values(
          items.map((item) => ({
            practice_id: session.practice_id,
            session_id: session.id,
            client_id: session.client_id,
            text: item.text,
            source: 'generated' as const,
          })),
        )
        .execute();
    }
    // A re-run that finds the same level was already announced; a new or changed level is sent again.
    const { risk } = analysis;
    if (risk.level !== 'none' && risk.flags.length > 0 && risk.level !== before) {
      await queueAnalysisRiskFlagged(trx, ctx.queue, {
        practiceId: session.practice_id,
        clientId: session.client_id,
        sessionId: session.id,
        level: risk.level,
        requestId: session.request_id ?? `risk-${session.id}`,
      });
    }
  };
});

async function previousRiskLevel(trx: Kysely<DB>, cipher: FieldCipher, sessionId: string): Promise<string | null> {
  const row = await trx
    .selectFrom('analyses')
    .select(['payload', 'key_id'])
    .where('session_id', '=', sessionId)
    .where('kind', '=', 'risk')
    .executeTakeFirst();
  return row ? openJson<{ risk: { level: string } }>(cipher, row.payload, row.key_id).risk.level : null;
}
