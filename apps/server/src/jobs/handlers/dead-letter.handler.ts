import type { JobHandler } from '../job-handler.ts';
import type { SessionJobPayload } from '../job-registry.ts';
import { pipeline, stageOfStatus } from '../pipeline.ts';
import { markSessionFailed } from '../session-state.ts';

/**
 * Receives pipeline jobs that failed for good, including ones no handler saw fail (a worker killed on every
 * attempt, or a timeout). Handler failures already marked the session; this catches the rest so no
 * session waits forever.
 */
export const handler: JobHandler<SessionJobPayload> = async (payload, ctx) => {
  const session = await ctx.database.db
    .selectFrom('sessions')
    .select(['id', 'practice_id', 'client_id', 'status'])
    .where('id', '=', payload.sessionId)
    .executeTakeFirst();
  if (!session || session.status === 'failed' || session.status === 'completed') return;
  const stage = stageOfStatus(session.status);
  const what = stage ? pipeline[stage].label : 'Processing';
  await ctx.database.db.transaction().execute(async (trx) => {
    await markSessionFailed(
      trx,
      ctx.database,
      session,
      stage,
      `${what} did not finish: the worker stopped or timed out on every attempt. Re-run the stage to try again.`,
    );
  });
};
