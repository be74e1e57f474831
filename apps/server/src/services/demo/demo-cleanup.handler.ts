import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { JobHandler } from '../../jobs/job-handler.ts';
import type { JobPayload } from '../../jobs/job-registry.ts';

/**
 * Deletes every expired demo practice (ON DELETE CASCADE removes its users, clients, sessions and content) and
 * its stored files. Idempotent: it looks at expiry, not at which practice queued it.
 */
export const handler: JobHandler<JobPayload<'demo.cleanup'>> = async (_payload, ctx) => {
  const expired = await ctx.database.db
    .deleteFrom('practices')
    .where('is_demo', '=', true)
    .where('demo_expires_at', '<', new Date())
    .returning('id')
    .execute();
  for (const { id } of expired) {
    await rm(path.join(ctx.config.filesDir, id), { recursive: true, force: true });
  }
  if (expired.length > 0) ctx.log.info({ practices: expired.length }, 'expired demo practices deleted');
};
