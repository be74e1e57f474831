import { runWave2, type NoteFormat } from '@insession/core';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { sealJson } from '../../security/sealed-json.ts';
import { defineStage } from '../stage-runner.ts';
import { practiceSettings, withAnalysisProviders } from './analysis-providers.ts';
import { recordGenerationCosts } from './generation-costs.ts';
import { loadClientRecords, loadTranscript, type StoredDraft } from './session-records.ts';

// Wave 2 (packages/core): deep analysis with the client's earlier sessions, the client narrative, and a clinical
// note draft in the practice's format. Drafts are stored with their label; the note becomes a new version
// unless the clinician already signed it.
export const handler = defineStage('analyze.wave2', async (session, ctx) => {
  const { db } = ctx.database;
  const settings = await practiceSettings(db, session.practice_id);
  const records = await loadClientRecords(db, ctx.cipher, session.client_id);
  const current = records.find((r) => r.id === session.id);
  if (!current) throw new Error('the session has no Wave 1 analysis to build on');
  const transcript = await loadTranscript(db, ctx.cipher, session.id);
  const result = await withAnalysisProviders(ctx.config, settings, (pool) =>
    runWave2({
      session: { ...current, transcript },
      history: records.filter((r) => r.date <= current.date && r.id !== session.id),
      provider: (task) => pool.select(task),
      noteFormat: settings.noteFormat ?? 'SOAP',
    }),
  );
  const drafts = [
    { kind: 'deep_analysis', draft: result.deepAnalysis },
    { kind: 'narrative', draft: result.narrative },
  ].map(({ kind, draft }) => ({
    kind,
    provider: draft.provider,
    promptVersion: draft.promptVersion,
    sealed: sealJson(ctx.cipher, { label: draft.label, value: draft.value } satisfies StoredDraft<unknown>),
  }));
  const note = result.clinicalNote;
  // Note versions hold the section texts only (the shape GET/PUT /api/notes use); the format is on the note row.
  const { format: _format, ...sections } = note.value;
  const noteBody = sealJson(ctx.cipher, sections);

  return async (trx) => {
    for (const d of drafts) {
      await trx
        .insertInto('analyses')
        .values({
          practice_id: session.practice_id,
          session_id: session.id,
          kind: d.kind,
          schema_version: 1,
          provider: d.provider,
          prompt_version: d.promptVersion,
          payload: d.sealed.value,
          key_id: d.sealed.keyId,
        })
        .onConflict((oc) =>
          oc.columns(['session_id', 'kind']).doUpdateSet({
            provider: (eb) => eb.ref('excluded.provider'),
            prompt_version: (eb) => eb.ref('excluded.prompt_version'),
            payload: (eb) => eb.ref('excluded.payload'),
            key_id: (eb) => eb.ref('excluded.key_id'),
            created_at: sql`now()`,
          }),
        )
        .execute();
    }
    await storeNoteDraft(trx, session, note.value.format, noteBody);
    await recordGenerationCosts(
      trx,
      { practiceId: session.practice_id, sessionId: session.id, clientId: session.client_id },
      result.usage,
    );
  };
});

async function storeNoteDraft(
  trx: Kysely<DB>,
  session: { id: string; practice_id: string; client_id: string },
  format: NoteFormat,
  body: ReturnType<typeof sealJson>,
): Promise<void> {
  const existing = await trx
    .selectFrom('clinical_notes')
    .select(['id', 'current_version', 'signed_at'])
    .where('session_id', '=', session.id)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  // A signed note is locked: a regenerated draft must not replace what the clinician signed.
  if (existing?.signed_at) return;
  const noteId =
    existing?.id ??
    (
      await trx
        .insertInto('clinical_notes')
        .values({ practice_id: session.practice_id, session_id: session.id, client_id: session.client_id, format })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const version = existing ? existing.current_version + 1 : 1;
  await trx
    .insertInto('clinical_note_versions')
    .values({ note_id: noteId, version, body: body.value, key_id: body.keyId })
    .execute();
  if (existing) {
    await trx
      .updateTable('clinical_notes')
      .set({ current_version: version, format })
      .where('id', '=', noteId)
      .execute();
  }
}
