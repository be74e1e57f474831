import type { Kysely } from 'kysely';
import type { SourceKind } from '../db/enums.ts';
import type { DB } from '../db/schema.ts';
import type { JobQueue } from './job-queue.ts';
import { firstStage, pipeline, STAGE_NAMES, type StageName } from './pipeline.ts';

export interface PipelineStart {
  sessionId: string;
  sourceKind: SourceKind;
  requestId: string;
}

/**
 * Queues the first stage for a session whose upload is stored. Call it with the transaction that stores the
 * upload: the job then exists exactly when the upload does.
 */
export async function startPipeline(trx: Kysely<DB>, queue: JobQueue, start: PipelineStart): Promise<StageName> {
  const stage = firstStage(start.sourceKind);
  await trx
    .updateTable('sessions')
    .set({ status: 'uploaded', request_id: start.requestId, error: null, failed_at: null, updated_at: new Date() })
    .where('id', '=', start.sessionId)
    .execute();
  await queue.send(stage, { sessionId: start.sessionId, requestId: start.requestId }, { trx });
  return stage;
}

/** Re-runs one stage and everything after it: clears their `<stage>_at` so the runner does not skip them. */
export async function rerunStage(
  trx: Kysely<DB>,
  queue: JobQueue,
  rerun: { sessionId: string; stage: StageName; requestId: string },
): Promise<void> {
  const from = STAGE_NAMES.indexOf(rerun.stage);
  const cleared = Object.fromEntries(STAGE_NAMES.slice(from).map((s) => [pipeline[s].doneColumn, null]));
  await trx
    .updateTable('sessions')
    .set({
      ...cleared,
      status: pipeline[rerun.stage].runningStatus,
      error: null,
      failed_at: null,
      updated_at: new Date(),
    })
    .where('id', '=', rerun.sessionId)
    .execute();
  await queue.send(rerun.stage, { sessionId: rerun.sessionId, requestId: rerun.requestId }, { trx });
}
