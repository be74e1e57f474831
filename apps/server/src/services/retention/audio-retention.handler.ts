import { sql } from 'kysely';
import type { JobHandler } from '../../jobs/job-handler.ts';
import type { JobPayload } from '../../jobs/job-registry.ts';
import { StoredFiles } from '../storage/stored-files.ts';

/**
 * Enforces each practice's audio retention setting: "delete after transcription" removes recordings whose session
 * is transcribed; "keep N days" removes recordings older than N days. The row stays (sha256, size, consent) with
 * deleted_at set, so the record of what was recorded survives the audio itself. A file another session still uses
 * (storage is content-addressed per practice) stays; the session's transcription checkpoints go with its audio.
 */
export const handler: JobHandler<JobPayload<'audio.retention'>> = async (_payload, ctx) => {
  const db = ctx.database.db;
  const due = await db
    .selectFrom('media_files as m')
    .innerJoin('practices as p', 'p.id', 'm.practice_id')
    .leftJoin('sessions as s', 's.id', 'm.session_id')
    .select(['m.id', 'm.practice_id', 'm.session_id', 'm.storage_path'])
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
  if (due.length === 0) return;
  // Rows first: a file is removed only when no live row points at it any more.
  const ids = due.map((f) => f.id);
  await db.updateTable('media_files').set({ deleted_at: new Date() }).where('id', 'in', ids).execute();
  const files = new StoredFiles(db, ctx.config);
  for (const practiceId of new Set(due.map((f) => f.practice_id))) {
    const paths = due.filter((f) => f.practice_id === practiceId).map((f) => f.storage_path);
    await files.removeUnreferenced(practiceId, paths);
  }
  await files.removeCheckpoints(due.flatMap((f) => (f.session_id ? [f.session_id] : [])));
  ctx.log.info({ files: due.length }, 'audio removed by retention policy');
};
