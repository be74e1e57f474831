import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldCipherFromConfig } from '../../src/config/field-cipher.ts';
import type { EventNotification } from '../../src/events/event-map.ts';
import { subscribePipelineEvents } from '../../src/events/event-stream.ts';
import { startPipeline } from '../../src/jobs/pipeline-start.ts';
import { createSessionFixture, storeDemoTranscript } from '../support/session-fixture.ts';
import { createTestDb, type TestDb } from '../support/test-db.ts';
import { startTestJobs, waitFor, type TestJobs } from '../support/test-jobs.ts';

describe('session pipeline', () => {
  let t: TestDb;
  let jobs: TestJobs;
  const heard: EventNotification[] = [];
  beforeAll(async () => {
    t = await createTestDb();
    jobs = await startTestJobs(t.database, { retryLimit: 1, retryDelaySeconds: 1 });
    await subscribePipelineEvents(t.database, jobs.listener, (e) => heard.push(e));
  });
  afterAll(async () => {
    await jobs.close();
    await t.close();
  });

  const session = (id: string) =>
    t.database.db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const events = (sessionId: string) =>
    t.database.db
      .selectFrom('pipeline_events')
      .select(['id', 'type', 'stage', 'payload'])
      .where('session_id', '=', sessionId)
      .orderBy('id')
      .execute();

  it('runs an uploaded transcript through Wave 1, Wave 2 and the rollup, storing and announcing each step', async () => {
    const { db } = t.database;
    const f = await createSessionFixture(db, 'transcript');
    await storeDemoTranscript(db, fieldCipherFromConfig(jobs.config), f);
    await db
      .transaction()
      .execute((trx) =>
        startPipeline(trx, jobs.queue, { sessionId: f.sessionId, sourceKind: 'transcript', requestId: 'req-pipe' }),
      );

    const done = await waitFor(async () => {
      const s = await session(f.sessionId);
      return s.status === 'failed' || s.status === 'completed' ? s : undefined;
    }, 120_000);
    expect(done.wave1_at).toBeInstanceOf(Date);
    expect(done.transcribed_at).toBeNull();

    expect(done.status).toBe('completed');
    expect(done.wave2_at).toBeInstanceOf(Date);
    expect(done.rollup_at).toBeInstanceOf(Date);
    expect(done.request_id).toBe('req-pipe');

    const kinds = await db
      .selectFrom('analyses')
      .select(['kind', 'key_id'])
      .where('session_id', '=', f.sessionId)
      .execute();
    expect(kinds.map((k) => k.kind)).toEqual(expect.arrayContaining(['mood', 'summary', 'deep_analysis', 'narrative']));
    expect(kinds.every((k) => k.key_id !== null)).toBe(true);
    const note = await db
      .selectFrom('clinical_notes')
      .select(['format', 'current_version'])
      .where('session_id', '=', f.sessionId)
      .execute();
    expect(note).toEqual([{ format: 'SOAP', current_version: 1 }]);
    const rollups = await db
      .selectFrom('client_rollups')
      .select(['kind', 'version'])
      .where('client_id', '=', f.clientId)
      .execute();
    expect(rollups.map((r) => `${r.kind}@${r.version}`).sort()).toEqual(['bridge@1', 'journey@1', 'treatment_plan@1']);
    const costs = await db
      .selectFrom('generation_costs')
      .select(['task', 'provider'])
      .where('session_id', '=', f.sessionId)
      .execute();
    expect(costs.length).toBeGreaterThanOrEqual(6);
    expect(costs.every((c) => c.provider === 'heuristic')).toBe(true);

    const types = (await events(f.sessionId)).map((e) => `${e.type}:${e.stage}`);
    expect(types).toEqual([
      'stage.started:analyze.wave1',
      'stage.completed:analyze.wave1',
      'stage.started:analyze.wave2',
      'stage.completed:analyze.wave2',
      'stage.started:client.rollup',
      'stage.completed:client.rollup',
      'session.completed:client.rollup',
    ]);
    await waitFor(async () => heard.filter((e) => e.sessionId === f.sessionId).length === types.length);
  });

  it('versions the rollups of one client in turn when two of its sessions finish together', async () => {
    const { db } = t.database;
    const cipher = fieldCipherFromConfig(jobs.config);
    const first = await createSessionFixture(db, 'transcript');
    const second = await db
      .insertInto('sessions')
      .values({
        practice_id: first.practiceId,
        client_id: first.clientId,
        clinician_id: first.clinicianId,
        session_date: '2026-01-12',
        source_kind: 'transcript',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const sessions = [first, { ...first, sessionId: second.id }];
    for (const s of sessions) await storeDemoTranscript(db, cipher, s);
    await db.transaction().execute(async (trx) => {
      for (const s of sessions) {
        await startPipeline(trx, jobs.queue, {
          sessionId: s.sessionId,
          sourceKind: 'transcript',
          requestId: 'req-two',
        });
      }
    });
    await waitFor(async () => {
      const rows = await db.selectFrom('sessions').select('status').where('client_id', '=', first.clientId).execute();
      return rows.every((r) => r.status === 'completed');
    }, 120_000);
    const rollups = await db
      .selectFrom('client_rollups')
      .select(['kind', 'version'])
      .where('client_id', '=', first.clientId)
      .orderBy('kind')
      .orderBy('version')
      .execute();
    expect(rollups.map((r) => `${r.kind}@${r.version}`)).toEqual([
      'bridge@1',
      'bridge@2',
      'journey@1',
      'journey@2',
      'treatment_plan@1',
      'treatment_plan@2',
    ]);
    // A version collision would have shown up as a failed attempt and a retry.
    const retries = await db
      .selectFrom('pipeline_events')
      .select('type')
      .where('client_id', '=', first.clientId)
      .where('type', '=', 'stage.retrying')
      .execute();
    expect(retries).toEqual([]);
  });

  it('skips a stage that is already done when its job runs again', async () => {
    const { db } = t.database;
    const f = await createSessionFixture(db, 'transcript');
    await db
      .updateTable('sessions')
      .set({ wave1_at: new Date('2026-01-05T10:00:00Z'), status: 'deep_analyzing' })
      .where('id', '=', f.sessionId)
      .execute();
    await jobs.queue.send('analyze.wave1', { sessionId: f.sessionId, requestId: 'req-again' });
    await jobs.queue.send('system.probe', { key: 'after-skip', requestId: 'req-again' });
    await waitFor(async () => {
      const depth = await jobs.queue.depth();
      return depth.every((d) => d.queued === 0 && d.active === 0);
    });
    expect(await events(f.sessionId)).toEqual([]);
    expect((await session(f.sessionId)).wave1_at).toEqual(new Date('2026-01-05T10:00:00Z'));
  });

  it('retries a failing stage with backoff, then marks the session failed with a readable error', async () => {
    const { db } = t.database;
    const f = await createSessionFixture(db, 'audio');
    await db
      .transaction()
      .execute((trx) =>
        startPipeline(trx, jobs.queue, { sessionId: f.sessionId, sourceKind: 'audio', requestId: 'req-fail' }),
      );
    const failed = await waitFor(async () => {
      const s = await session(f.sessionId);
      return s.status === 'failed' ? s : undefined;
    });
    expect(failed.error).toBe('Transcription failed: the session has no stored recording to transcribe');
    expect(failed.failed_at).toBeInstanceOf(Date);
    const types = (await events(f.sessionId)).map((e) => e.type);
    expect(types).toEqual(['stage.started', 'stage.retrying', 'stage.started', 'session.failed']);
  });
});
