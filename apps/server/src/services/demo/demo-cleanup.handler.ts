import type { JobHandler } from '../../jobs/job-handler.ts';
import type { JobPayload } from '../../jobs/job-registry.ts';
import { StoredFiles } from '../storage/stored-files.ts';

/**
 * Deletes every expired demo practice with everything in it, including its recordings and transcription
 * checkpoints. Idempotent: it looks at expiry, not at which practice queued it.
 */
export const handler: JobHandler<JobPayload<'demo.cleanup'>> = async (_payload, ctx) => {
  const { db } = ctx.database;
  const expired = await db
    .selectFrom('practices')
    .select('id')
    .where('is_demo', '=', true)
    .where('demo_expires_at', '<', new Date())
    .execute();
  const deleted = await new StoredFiles(db, ctx.config).deletePractices(expired.map((p) => p.id));
  if (deleted > 0) ctx.log.info({ practices: deleted }, 'expired demo practices deleted');
};
