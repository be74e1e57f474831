import { rm } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'kysely';
import type { JobHandler } from '../../jobs/job-handler.ts';
import type { JobPayload } from '../../jobs/job-registry.ts';

/**
 * Enforces each practice's audio retention setting: "delete after transcription" removes recordings whose session
 * is transcribed; "keep N days" removes recordings older than N days. The row stays (sha256, size, consent) with
 * deleted_at set, so the record of what was recorded survives the audio itself.
 */
export const handler: JobHandler<JobPayload<'audio.retention'>> = async (_payload, ctx) => {
  const db = ctx.database.db;
  const due = await db
    .selectFrom('media_files as m')
    .innerJoin('practices as p', 'p.id', 'm.practice_id')
    .leftJoin('sessions as s', 's.id', 'm.session_id')
    .select(['m.id', 'm.storage_path'])
    .where('m.deleted_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb.and([
          eb(sql`p.settings->'audioRetention'->>'mode'`, '=', 'delete_after_transcription'),
          eb('s.transcribed_at', 'is not', null),
        ]),
        eb.and([
          eb(sql`p.settings->'audioRetention'->>'mode'`, '=', 'keep_days'),
          eb(
            'm.created_at',
            '<',
            sql<Date>`now() - make_interval(days => (p.settings->'audioRetention'->>'days')::int)`,
          ),
        ]),
      ]),
    )
    .limit(1000)
    .execute();
  for (const file of due) {
    await rm(path.resolve(ctx.config.filesDir, file.storage_path), { force: true });
    await db.updateTable('media_files').set({ deleted_at: new Date() }).where('id', '=', file.id).execute();
  }
  if (due.length > 0) ctx.log.info({ files: due.length }, 'audio removed by retention policy');
};
