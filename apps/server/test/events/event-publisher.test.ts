import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventNotification } from '../../src/events/event-map.ts';
import { publishEvent } from '../../src/events/event-publisher.ts';
import { subscribePipelineEvents } from '../../src/events/event-stream.ts';
import { createNotificationListener, type NotificationListener } from '../../src/events/notification-listener.ts';
import { createSessionFixture, type SessionFixture } from '../support/session-fixture.ts';
import { createTestDb, type TestDb } from '../support/test-db.ts';
import { waitFor } from '../support/test-jobs.ts';

describe('pipeline events', () => {
  let t: TestDb;
  let listener: NotificationListener;
  let f: SessionFixture;
  const heard: EventNotification[] = [];
  beforeAll(async () => {
    t = await createTestDb();
    listener = createNotificationListener(t.database);
    await subscribePipelineEvents(t.database, listener, (e) => heard.push(e));
    f = await createSessionFixture(t.database.db, 'transcript');
  });
  afterAll(async () => {
    await listener.close();
    await t.close();
  });

  const event = (stage: 'analyze.wave1' | 'analyze.wave2') => ({
    type: 'stage.started' as const,
    practiceId: f.practiceId,
    sessionId: f.sessionId,
    clientId: f.clientId,
    stage,
    payload: { stage, status: 'analyzing' as const },
  });

  it('writes the row and notifies only when the transaction commits', async () => {
    const { db } = t.database;
    await expect(
      db.transaction().execute(async (trx) => {
        await publishEvent(trx, t.database, event('analyze.wave1'));
        throw new Error('stage change rolled back');
      }),
    ).rejects.toThrow('stage change rolled back');
    const committed = await db.transaction().execute((trx) => publishEvent(trx, t.database, event('analyze.wave2')));

    await waitFor(async () => heard.length > 0);
    expect(heard).toEqual([committed]);
    const rows = await db.selectFrom('pipeline_events').select(['id', 'stage', 'payload']).execute();
    expect(rows).toEqual([
      { id: committed.id, stage: 'analyze.wave2', payload: { stage: 'analyze.wave2', status: 'analyzing' } },
    ]);
  });

  it('numbers events in order, so Last-Event-ID can resume after any id', async () => {
    const { db } = t.database;
    const a = await db.transaction().execute((trx) => publishEvent(trx, t.database, event('analyze.wave1')));
    const b = await db.transaction().execute((trx) => publishEvent(trx, t.database, event('analyze.wave2')));
    expect(typeof a.id).toBe('number');
    expect(b.id).toBeGreaterThan(a.id);
    const after = await db.selectFrom('pipeline_events').select('id').where('id', '>', a.id).execute();
    expect(after).toEqual([{ id: b.id }]);
  });
});
