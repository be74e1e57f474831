import type { Kysely, Selectable } from 'kysely';
import type { Segment, Speaker } from '@insession/core';
import type { DB } from '../db/schema.ts';
import type { FieldCipher } from '../security/field-cipher.ts';
import { sealJson } from '../security/sealed-json.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import { startPipeline } from '../jobs/pipeline-start.ts';

export type MediaFileRow = Selectable<DB['media_files']>;

// Everything an upload writes, including the first pipeline job, happens in one transaction: a failure leaves
// no half-uploaded session and no job for a session that was not stored.
export class UploadRepository {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly cipher: FieldCipher,
    private readonly queue: JobQueue,
  ) {}

  findAudio(sessionId: string): Promise<MediaFileRow | undefined> {
    return this.db
      .selectFrom('media_files')
      .selectAll()
      .where('session_id', '=', sessionId)
      .where('deleted_at', 'is', null)
      .orderBy('created_at', 'desc')
      .executeTakeFirst();
  }

  /** The session's newest recording, including one whose file retention already removed (deleted_at set). */
  latestAudio(sessionId: string): Promise<MediaFileRow | undefined> {
    return this.db
      .selectFrom('media_files')
      .selectAll()
      .where('session_id', '=', sessionId)
      .orderBy('created_at', 'desc')
      .executeTakeFirst();
  }

  async recordAudio(input: {
    practiceId: string;
    sessionId: string;
    sha256: string;
    sizeBytes: number;
    mimeType: string;
    storagePath: string;
    originalName: string | null;
    consent: { recordedBy: string; statement: string; ip: string | null };
    requestId: string;
  }): Promise<MediaFileRow> {
    return this.db.transaction().execute(async (trx) => {
      const now = new Date();
      const file = await trx
        .insertInto('media_files')
        .values({
          practice_id: input.practiceId,
          session_id: input.sessionId,
          sha256: input.sha256,
          size_bytes: input.sizeBytes,
          mime_type: input.mimeType,
          storage_path: input.storagePath,
          original_name: input.originalName,
          consent_at: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('recording_consents')
        .values({
          practice_id: input.practiceId,
          session_id: input.sessionId,
          media_file_id: file.id,
          recorded_by: input.consent.recordedBy,
          statement: input.consent.statement,
          ip: input.consent.ip,
        })
        .execute();
      await trx
        .updateTable('sessions')
        .set({
          status: 'uploaded',
          source_kind: 'audio',
          uploaded_at: now,
          failed_at: null,
          error: null,
          request_id: input.requestId,
          updated_at: now,
        })
        .where('id', '=', input.sessionId)
        .execute();
      await startPipeline(trx, this.queue, {
        sessionId: input.sessionId,
        sourceKind: 'audio',
        requestId: input.requestId,
      });
      return file;
    });
  }

  async recordTranscript(input: {
    practiceId: string;
    sessionId: string;
    format: string;
    filename: string;
    timesEstimated: boolean;
    segments: Segment[];
    speakers: Speaker[];
    requestId: string;
  }): Promise<void> {
    const segments = sealJson(this.cipher, input.segments);
    const speakers = sealJson(this.cipher, input.speakers);
    await this.db.transaction().execute(async (trx) => {
      const now = new Date();
      await trx.deleteFrom('transcripts').where('session_id', '=', input.sessionId).execute();
      await trx
        .insertInto('transcripts')
        .values({
          practice_id: input.practiceId,
          session_id: input.sessionId,
          engine: 'upload',
          language: null,
          source_format: input.format,
          source_filename: input.filename.slice(0, 255),
          times_estimated: input.timesEstimated,
          segments: segments.value,
          speakers: speakers.value,
          key_id: segments.keyId,
        })
        .execute();
      await trx
        .updateTable('sessions')
        .set({
          status: 'uploaded',
          source_kind: 'transcript',
          uploaded_at: now,
          transcribed_at: now,
          failed_at: null,
          error: null,
          request_id: input.requestId,
          updated_at: now,
        })
        .where('id', '=', input.sessionId)
        .execute();
      await startPipeline(trx, this.queue, {
        sessionId: input.sessionId,
        sourceKind: 'transcript',
        requestId: input.requestId,
      });
    });
  }
}
