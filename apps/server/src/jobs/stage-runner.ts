import type { Kysely, Selectable } from 'kysely';
import type { DB } from '../db/schema.ts';
import { publishEvent } from '../events/event-publisher.ts';
import type { JobContext, JobHandler } from './job-handler.ts';
import type { SessionJobPayload } from './job-registry.ts';
import { isPermanentFailure } from './permanent-error.ts';
import { pipeline, type StageName } from './pipeline.ts';
import { markSessionFailed, readableError } from './session-state.ts';

export type SessionRow = Selectable<DB['sessions']>;

/** Stores a stage's result; runs inside the transaction that marks the stage done. */
export type SaveResult = (trx: Kysely<DB>) => Promise<void>;

/**
 * The work of one stage: read inputs and compute, outside any transaction (this may take minutes), then
 * return how to store the result. The runner stores it atomically with `<stage>_at`, the event and the
 * next job, which is what makes stages idempotent and the pipeline exactly-once in effect.
 */
export type StageWork = (session: SessionRow, ctx: JobContext) => Promise<SaveResult>;

/** Wraps a stage's work with skip-if-done, status changes, events, successor enqueue and final failure. */
export function defineStage(stage: StageName, work: StageWork): JobHandler<SessionJobPayload> {
  const spec = pipeline[stage];
  return async (payload, ctx) => {
    const { db } = ctx.database;
    const session = await db.selectFrom('sessions').selectAll().where('id', '=', payload.sessionId).executeTakeFirst();
    if (!session) {
      ctx.log.warn({ sessionId: payload.sessionId }, 'session no longer exists; nothing to do');
      return;
    }
    if (session[spec.doneColumn]) {
      ctx.log.info({ stage }, 'stage already done; skipping');
      return;
    }
    const ref = { practiceId: session.practice_id, sessionId: session.id, clientId: session.client_id, stage };
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('sessions')
        .set({ status: spec.runningStatus, error: null, failed_at: null, updated_at: new Date() })
        .where('id', '=', session.id)
        .execute();
      await publishEvent(trx, ctx.database, {
        ...ref,
        type: 'stage.started',
        payload: { stage, status: spec.runningStatus },
      });
    });

    try {
      const save = await work(session, ctx);
      await db.transaction().execute(async (trx) => {
        // Guard against a lost worker that finishes after its retry already did: only one completes.
        const claimed = await trx
          .updateTable('sessions')
          .set({
            [spec.doneColumn]: new Date(),
            status: spec.next ? pipeline[spec.next].runningStatus : 'completed',
            updated_at: new Date(),
          })
          .where('id', '=', session.id)
          .where(spec.doneColumn, 'is', null)
          .returning('id')
          .executeTakeFirst();
        if (!claimed) return;
        await save(trx);
        await publishEvent(trx, ctx.database, {
          ...ref,
          type: 'stage.completed',
          payload: { stage, status: spec.next ? pipeline[spec.next].runningStatus : 'completed' },
        });
        if (spec.next) {
          await ctx.queue.send(spec.next, { sessionId: session.id, requestId: payload.requestId }, { trx });
        } else {
          await publishEvent(trx, ctx.database, {
            ...ref,
            type: 'session.completed',
            payload: { status: 'completed' },
          });
        }
      });
    } catch (err) {
      const error = readableError(err);
      const permanent = isPermanentFailure(err);
      await db.transaction().execute(async (trx) => {
        if (ctx.isFinalAttempt || permanent) {
          await markSessionFailed(trx, ctx.database, session, stage, `${spec.label} failed: ${error}`);
        } else {
          await publishEvent(trx, ctx.database, {
            ...ref,
            type: 'stage.retrying',
            payload: { stage, attempt: ctx.retryCount + 1, error },
          });
        }
      });
      // Retrying cannot help a permanent error; the session already shows it, so the job ends here.
      if (permanent) {
        ctx.log.error({ err }, 'stage failed permanently');
        return;
      }
      throw err;
    }
  };
}
