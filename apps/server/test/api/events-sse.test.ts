import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishEvent } from '../../src/events/event-publisher.ts';
import { testDatabaseUrl } from '../support/test-db.ts';
import { startApi, type ApiHarness } from './support/api-app.ts';
import type { ApiUser } from './support/api-user.ts';
import { buildWorld, type World } from './support/api-world.ts';
import { SseClient } from './support/sse-client.ts';

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));

describe('GET /api/events (server-sent events)', () => {
  let h: ApiHarness;
  let w: World;
  let base: string;
  const clients: SseClient[] = [];
  beforeAll(async () => {
    h = await startApi();
    w = await buildWorld(h);
    base = await h.app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    for (const c of clients) c.close();
    await h.close();
  });

  const open = (u: ApiUser, lastEventId?: string) => {
    const c = new SseClient(`${base}/api/events`, {
      cookie: u.cookie,
      ...(lastEventId ? { 'last-event-id': lastEventId } : {}),
    });
    clients.push(c);
    return c;
  };
  const emit = async (target: 'own' | 'other' | 'foreign') => {
    const t = w.targets[target];
    const s = await h.testDb.database.db
      .selectFrom('sessions')
      .selectAll()
      .where('id', '=', t.sessionId)
      .executeTakeFirstOrThrow();
    return h.testDb.database.db.transaction().execute((trx) =>
      publishEvent(trx, h.testDb.database, {
        type: 'stage.completed',
        practiceId: s.practice_id,
        sessionId: s.id,
        clientId: s.client_id,
        stage: 'analyze.wave1',
        payload: { stage: 'analyze.wave1', status: 'analyzing' },
      }),
    );
  };

  it('requires sign-in', async () => {
    const res = await fetch(`${base}/api/events`);
    expect(res.status).toBe(401);
  });

  it("sends each user only their own resources' events, with the REST JSON as data", async () => {
    const mine = open(w.clinA1);
    const admin = open(w.adminA);
    const client = open(w.clientUser);
    const foreign = open(w.adminB);
    expect(await mine.opened).toBe(200);
    await Promise.all([admin.opened, client.opened, foreign.opened]);
    await emit('other');
    await emit('own');
    const [got] = await mine.waitFor(1);
    const rest = (await w.clinA1.get(`/api/sessions/${w.targets.own.sessionId}`)).json<Record<string, unknown>>();
    expect(got?.event).toBe('stage.completed');
    expect(got?.data).toEqual(rest);
    expect((await admin.waitFor(2)).map((e) => (e.data as { id: string }).id)).toEqual([
      w.targets.other.sessionId,
      w.targets.own.sessionId,
    ]);
    expect((await client.waitFor(1))[0]?.data).toMatchObject({ id: w.targets.own.sessionId });
    await emit('foreign');
    expect((await foreign.waitFor(1))[0]?.data).toMatchObject({ id: w.targets.foreign.sessionId });
    // The foreign event was delivered to its own practice; nobody in practice A saw it.
    expect(mine.events.map((e) => (e.data as { id: string }).id)).toEqual([w.targets.own.sessionId]);
    expect(admin.events).toHaveLength(2);
    expect(client.events).toHaveLength(1);
  });

  it('resumes with Last-Event-ID and misses nothing', async () => {
    const first = open(w.adminA);
    await first.opened;
    await emit('own');
    const [seen] = await first.waitFor(1);
    first.close();
    const missed = [await emit('own'), await emit('other'), await emit('foreign'), await emit('own')];
    const resumed = open(w.adminA, seen?.id);
    await resumed.opened;
    const live = await emit('other');
    const expected = [...missed.filter((m) => m.practiceId === w.adminA.practiceId), live].map((m) => String(m.id));
    expect((await resumed.waitFor(expected.length)).map((e) => e.id)).toEqual(expected);
  });

  if (!testDatabaseUrl) {
    console.info(
      'SSE cross-process test skipped: it needs Postgres (set TEST_DATABASE_URL); PGlite is in-process only.',
    );
  }
  it.runIf(testDatabaseUrl)('delivers events emitted by a separate worker process on Postgres', async () => {
    const sse = open(w.clinA1);
    await sse.opened;
    const { sessionId, clientId } = w.targets.own;
    const schema = h.testDb.database.namespace ?? '';
    await run(
      process.execPath,
      [
        '--import',
        'tsx',
        path.join(here, 'support/emit-event.worker.ts'),
        testDatabaseUrl ?? '',
        schema,
        w.clinA1.practiceId,
        sessionId,
        clientId,
        '3',
      ],
      { cwd: path.resolve(here, '../../../..') },
    );
    const got = await sse.waitFor(3);
    expect(got.map((e) => (e.data as { id: string }).id)).toEqual([sessionId, sessionId, sessionId]);
  });
});
