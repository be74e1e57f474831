import { analyzeTranscript, splitSessionAnalysis } from '@insession/core';
import { sql } from 'kysely';
import { sealJson } from '../../security/sealed-json.ts';
import { defineStage } from '../stage-runner.ts';
import { loadTranscript } from './session-records.ts';

// Wave 1: the offline analysis engine of packages/core over the stored transcript. Results are stored one
// row per kind (re-running replaces them) plus the agreed homework as checkable items.
export const handler = defineStage('analyze.wave1', async (session, ctx) => {
  const transcript = await loadTranscript(ctx.database.db, ctx.cipher, session.id);
  const analysis = await analyzeTranscript(transcript, {
    onTiming: (stage, ms) => ctx.log.debug({ stage, ms: Math.round(ms) }, 'analysis timing'),
  });
  const parts = splitSessionAnalysis(analysis).map((p) => ({ kind: p.kind, sealed: sealJson(ctx.cipher, p.payload) }));

  return async (trx) => {
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
  };
});
