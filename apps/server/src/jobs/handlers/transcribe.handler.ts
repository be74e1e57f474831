import path from 'node:path';
import type { AsrEngineOptions, AudioErrorCode } from '@insession/audio';
import type { Config } from '../../config/config.ts';
import { asJson } from '../../db/json.ts';
import { sealJson } from '../../security/sealed-json.ts';
import { StoredFiles } from '../../services/storage/stored-files.ts';
import type { JobHandler } from '../job-handler.ts';
import type { SessionJobPayload } from '../job-registry.ts';
import { PermanentJobError } from '../permanent-error.ts';
import { stageProgressReporter } from '../stage-progress.ts';
import { defineStage } from '../stage-runner.ts';

// The file itself is unusable, or the configured engine lacks its model: a retry would fail the same way, so
// the session fails at once with the engine's message. Engine errors (a crash, a 429 or 5xx) are retried.
const PERMANENT_AUDIO_ERRORS: ReadonlySet<AudioErrorCode> = new Set([
  'corrupt',
  'silent',
  'too_long',
  'unsupported',
  'model_missing',
]);

// Audio → diarized transcript with roles (packages/audio). Transcription checkpoints its chunks under
// DATA_DIR/work/<session>, so a retry after a crash resumes instead of starting over.
const transcribe = defineStage('transcribe', async (session, ctx) => {
  const media = await ctx.database.db
    .selectFrom('media_files')
    .select(['storage_path', 'mime_type'])
    .where('session_id', '=', session.id)
    .where('deleted_at', 'is', null)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  if (!media) throw new Error('the session has no stored recording to transcribe');

  const { AudioError, transcribeAudio } = await import('@insession/audio');
  const { config } = ctx;
  const progress = stageProgressReporter(ctx.database, session, 'transcribe', ctx.log);
  const result = await transcribeAudio({
    path: path.resolve(config.filesDir, media.storage_path),
    asr: config.ASR_ENGINE,
    speakers: 2,
    workDir: path.join(config.workDir, session.id),
    ...asrOptions(config),
    onProgress: (p) => progress.report(p.stage, p.fraction),
  })
    .catch((err: unknown) => {
      if (err instanceof AudioError && PERMANENT_AUDIO_ERRORS.has(err.code)) throw new PermanentJobError(err.message);
      throw err;
    })
    .finally(() => progress.flush());
  const segments = sealJson(ctx.cipher, result.segments);
  const speakers = sealJson(ctx.cipher, result.speakers);
  const engine = [result.engine.asr, result.engine.asrModel, result.engine.diarization].filter(Boolean).join('/');

  return async (trx) => {
    await trx
      .insertInto('transcripts')
      .values({
        practice_id: session.practice_id,
        session_id: session.id,
        engine,
        source_format: 'audio',
        duration_sec: result.durationSec,
        warnings: asJson(result.warnings),
        segments: segments.value,
        speakers: speakers.value,
        key_id: segments.keyId,
      })
      .execute();
  };
});

/**
 * Once the transcript is stored (by this attempt or an earlier one) the checkpoints are only decoded audio on disk:
 * they go. A failed attempt keeps them so that its retry resumes; a re-run of the stage recomputes them.
 */
export const handler: JobHandler<SessionJobPayload> = async (payload, ctx) => {
  await transcribe(payload, ctx);
  const { db } = ctx.database;
  const session = await db
    .selectFrom('sessions')
    .select('transcribed_at')
    .where('id', '=', payload.sessionId)
    .executeTakeFirst();
  if (!session || session.transcribed_at) {
    await new StoredFiles(db, ctx.config).removeCheckpoints([payload.sessionId]);
  }
};

function asrOptions(config: Config): AsrEngineOptions {
  return {
    ...(config.WHISPER_MODEL_PATH ? { whisper: { modelPath: config.WHISPER_MODEL_PATH } } : {}),
    ...(config.OPENAI_API_KEY
      ? {
          openai: {
            apiKey: config.OPENAI_API_KEY,
            ...(config.OPENAI_BASE_URL ? { baseURL: config.OPENAI_BASE_URL } : {}),
            ...(config.OPENAI_TRANSCRIBE_MODEL ? { model: config.OPENAI_TRANSCRIBE_MODEL } : {}),
          },
        }
      : {}),
  };
}
