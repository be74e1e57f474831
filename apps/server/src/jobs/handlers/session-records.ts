import {
  analysisKinds,
  joinSessionAnalysis,
  transcriptFormats,
  type AnalysisKind,
  type DeepAnalysis,
  type SessionRecord,
  type Transcript,
} from '@insession/core';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { ClinicalContentRepository } from '../../repositories/clinical-content.repository.ts';
import type { FieldCipher } from '../../security/field-cipher.ts';
import { PermanentJobError } from '../permanent-error.ts';

/** How Wave 2 and rollup drafts are stored in `analyses` / `client_rollups` payloads: the label travels along. */
export interface StoredDraft<T> {
  label: string;
  value: T;
}

const isWave1Kind = (kind: string): kind is AnalysisKind => (analysisKinds as readonly string[]).includes(kind);

/** The stored transcript of a session in the shape packages/core analyses. */
export async function loadTranscript(db: Kysely<DB>, cipher: FieldCipher, sessionId: string): Promise<Transcript> {
  const stored = await new ClinicalContentRepository(db, cipher).transcript(sessionId);
  // No retry can produce a missing upload, so the session fails at once with this message.
  if (!stored) throw new PermanentJobError('the session has no transcript to analyse');
  const meta = await db
    .selectFrom('transcripts')
    .select(['engine', 'source_format', 'source_filename', 'times_estimated'])
    .where('session_id', '=', sessionId)
    .executeTakeFirstOrThrow();
  // Speaker turns without words (speech-to-text `none`) keep their talk time, but there is nothing to analyse:
  // the session fails with the reason instead of getting an analysis of silence.
  if (!stored.segments.some((s) => s.text.trim() !== '')) {
    throw new PermanentJobError(
      meta.engine.startsWith('none')
        ? 'the transcript has speaker turns but no words, because speech-to-text is off (ASR_ENGINE=none); set ASR_ENGINE to pocketsphinx, whisper or openai to analyse recordings'
        : `the transcript has no words: speech-to-text (${meta.engine}) recognised none in the recording`,
    );
  }
  return {
    segments: stored.segments.map((s) => ({ start: s.start, end: s.end, speaker: s.speaker, text: s.text })),
    speakers: stored.speakers,
    timesEstimated: meta.times_estimated,
    // Audio transcripts carry exact times; the format field only matters for uploaded files.
    format: transcriptFormats.find((f) => f === meta.source_format) ?? 'json',
    filename: meta.source_filename ?? 'recording',
  };
}

/** Every session of the client with a finished Wave 1, oldest first, with its deep analysis when it has one. */
export async function loadClientRecords(
  db: Kysely<DB>,
  cipher: FieldCipher,
  clientId: string,
): Promise<SessionRecord[]> {
  const sessions = await db
    .selectFrom('sessions')
    .select(['id', 'session_date'])
    .where('client_id', '=', clientId)
    .where('wave1_at', 'is not', null)
    .orderBy('session_date')
    .orderBy('id')
    .execute();
  const content = new ClinicalContentRepository(db, cipher);
  const records: SessionRecord[] = [];
  for (const s of sessions) {
    const rows = await content.analyses(s.id);
    const parts = rows.flatMap((r) => (isWave1Kind(r.kind) ? [{ kind: r.kind, payload: r.payload as object }] : []));
    const provider = rows.find((r) => isWave1Kind(r.kind))?.provider ?? 'heuristic';
    const deep = rows.find((r) => r.kind === 'deep_analysis')?.payload as StoredDraft<DeepAnalysis> | undefined;
    records.push({
      id: s.id,
      date: s.session_date,
      analysis: joinSessionAnalysis(parts, { provider }),
      ...(deep ? { deep: deep.value } : {}),
    });
  }
  return records;
}
