import type { Kysely } from 'kysely';
import type { Segment, Speaker } from '@insession/core';
import type { DB } from '../db/schema.ts';
import type { FieldCipher } from '../security/field-cipher.ts';
import { openJson, sealJson } from '../security/sealed-json.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import { rerunStage } from '../jobs/pipeline-start.ts';

// A corrected speaker role is written into the stored transcript and Wave 1 is queued again in the same
// transaction: the analyses are never left describing roles the transcript no longer has.
export class SpeakerRoleRepository {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly cipher: FieldCipher,
    private readonly queue: JobQueue,
  ) {}

  async saveAndReanalyse(sessionId: string, speakers: Speaker[], requestId: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const row = await trx
        .selectFrom('transcripts')
        .select(['id', 'segments', 'key_id'])
        .where('session_id', '=', sessionId)
        .forUpdate()
        .executeTakeFirstOrThrow();
      // One key id covers both columns, so the segments are re-sealed with the active key alongside the speakers.
      const segments = sealJson(this.cipher, openJson<Segment[]>(this.cipher, row.segments, row.key_id));
      const sealed = sealJson(this.cipher, speakers);
      await trx
        .updateTable('transcripts')
        .set({ segments: segments.value, speakers: sealed.value, key_id: sealed.keyId })
        .where('id', '=', row.id)
        .execute();
      await rerunStage(trx, this.queue, { sessionId, stage: 'analyze.wave1', requestId });
    });
  }
}
