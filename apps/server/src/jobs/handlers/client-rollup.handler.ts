import { runClientRollup, type Bridge, type Journey, type TreatmentPlan } from '@insession/core';
import { sql } from 'kysely';
import type { RollupKind } from '../../db/enums.ts';
import { openJson, sealJson } from '../../security/sealed-json.ts';
import { defineStage } from '../stage-runner.ts';
import { practiceSettings, withAnalysisProviders } from './analysis-providers.ts';
import { recordGenerationCosts } from './generation-costs.ts';
import { loadClientRecords, type StoredDraft } from './session-records.ts';

// After each analysed session: regenerate the client's treatment plan, journey and bridge from every analysed
// session (packages/core compacts the history), each stored as a new version.
export const handler = defineStage('client.rollup', async (session, ctx) => {
  const { db } = ctx.database;
  const settings = await practiceSettings(db, session.practice_id);
  const sessions = await loadClientRecords(db, ctx.cipher, session.client_id);
  const latest = await db
    .selectFrom('client_rollups')
    .select(['kind', 'version', 'payload', 'key_id'])
    .where('client_id', '=', session.client_id)
    .orderBy('version', 'desc')
    .execute();
  const previousOf = <T>(kind: RollupKind): T | null => {
    const row = latest.find((r) => r.kind === kind);
    return row ? openJson<StoredDraft<T>>(ctx.cipher, row.payload, row.key_id).value : null;
  };
  const result = await withAnalysisProviders(ctx.config, settings, (pool) =>
    runClientRollup({
      sessions,
      previous: {
        journey: previousOf<Journey>('journey'),
        bridge: previousOf<Bridge>('bridge'),
        treatmentPlan: previousOf<TreatmentPlan>('treatment_plan'),
      },
      provider: (task) => pool.select(task),
    }),
  );
  const drafts = (
    [
      ['treatment_plan', result.treatmentPlan],
      ['journey', result.journey],
      ['bridge', result.bridge],
    ] as const
  ).map(([kind, draft]) => ({
    kind,
    provider: draft.provider,
    promptVersion: draft.promptVersion,
    sealed: sealJson(ctx.cipher, { label: draft.label, value: draft.value } satisfies StoredDraft<unknown>),
  }));

  return async (trx) => {
    // Two sessions of one client can finish together; the lock makes their versions follow each other
    // instead of colliding on the same number.
    await sql`SELECT pg_advisory_xact_lock(hashtext(${session.client_id}))`.execute(trx);
    const versions = await trx
      .selectFrom('client_rollups')
      .select(['kind', (eb) => eb.fn.max('version').as('version')])
      .where('client_id', '=', session.client_id)
      .groupBy('kind')
      .execute();
    const nextVersion = (kind: RollupKind) => (versions.find((v) => v.kind === kind)?.version ?? 0) + 1;
    await trx
      .insertInto('client_rollups')
      .values(
        drafts.map((d) => ({
          practice_id: session.practice_id,
          client_id: session.client_id,
          kind: d.kind,
          version: nextVersion(d.kind),
          provider: d.provider,
          prompt_version: d.promptVersion,
          payload: d.sealed.value,
          key_id: d.sealed.keyId,
        })),
      )
      .execute();
    await recordGenerationCosts(
      trx,
      { practiceId: session.practice_id, sessionId: session.id, clientId: session.client_id },
      result.usage,
    );
  };
});
