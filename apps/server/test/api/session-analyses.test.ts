import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldCipherFromConfig } from '../../src/config/field-cipher.ts';
import { asJson } from '../../src/db/json.ts';
import type { Json } from '../../src/db/schema.ts';
import { sealJson } from '../../src/security/sealed-json.ts';
import { startApi, type ApiHarness } from './support/api-app.ts';
import { buildWorld, type World } from './support/api-world.ts';

interface Analysis {
  kind: string;
  schemaVersion: number;
  provider: string;
  model: string | null;
  payload: unknown;
  createdAt: string;
}

// GET /api/sessions/:id/analyses reads the session's scope and its analyses in one query and writes the
// decrypted payload text into the response as it is; what the caller sees must not change for that.
describe('GET /api/sessions/:id/analyses', () => {
  let h: ApiHarness;
  let w: World;
  const url = () => `/api/sessions/${w.targets.own.sessionId}/analyses`;

  const upsert = async (kind: string, payload: Json, sealed = true) => {
    const stored = sealed ? sealJson(fieldCipherFromConfig(h.jobs.config), payload) : undefined;
    await h.testDb.database.db
      .insertInto('analyses')
      .values({
        practice_id: w.clinA1.practiceId,
        session_id: w.targets.own.sessionId,
        kind,
        schema_version: 2,
        provider: 'heuristic',
        model: kind === 'summary' ? 'm-1' : null,
        payload: stored ? stored.value : asJson(payload),
        key_id: stored ? stored.keyId : null,
      })
      .onConflict((oc) =>
        oc.columns(['session_id', 'kind']).doUpdateSet((eb) => ({
          payload: eb.ref('excluded.payload'),
          key_id: eb.ref('excluded.key_id'),
        })),
      )
      .execute();
  };

  beforeAll(async () => {
    h = await startApi();
    w = await buildWorld(h);
  });
  afterAll(() => h.close());

  it('answers [] for a session without analyses, and 404 for a session the caller may not see', async () => {
    const res = await w.clinA1.get(url());
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.json()).toEqual([]);
    for (const who of [w.clinA2, w.adminB]) {
      const denied = await who.get(url());
      expect(denied.statusCode).toBe(404);
      expect(denied.body).not.toContain('heuristic');
    }
    expect((await w.clinA1.get(`/api/sessions/${w.targets.foreign.sessionId}/analyses`)).statusCode).toBe(404);
  });

  it('returns every kind in order with decrypted payloads, and a client only the client-facing kinds', async () => {
    await upsert('mood', { score: 6, note: 'Ünïcode “quotes” \u2028 and </script>' });
    await upsert('summary', { text: 'Worked on sleep.', points: [1.5, -0, 1e21, null] });
    await upsert('risk', { level: 'none' }, false); // written before encryption was configured
    const rows = (await w.clinA1.get(url())).json<Analysis[]>();
    expect(rows.map((r) => [r.kind, r.payload])).toEqual([
      ['mood', { score: 6, note: 'Ünïcode “quotes” \u2028 and </script>' }],
      ['risk', { level: 'none' }],
      ['summary', { text: 'Worked on sleep.', points: [1.5, 0, 1e21, null] }],
    ]);
    expect(rows[2]).toMatchObject({ schemaVersion: 2, provider: 'heuristic', model: 'm-1' });
    expect(Object.keys(rows[0] ?? {})).toEqual(['kind', 'schemaVersion', 'provider', 'model', 'payload', 'createdAt']);
    expect(new Date(rows[0]?.createdAt ?? '').toISOString()).toBe(rows[0]?.createdAt);
    const forClient = (await w.clientUser.get(url())).json<Analysis[]>();
    expect(forClient.map((r) => r.kind)).toEqual(['summary']);
  });

  it('shows a re-run analysis (same row, new payload) at once, not a remembered one', async () => {
    expect((await w.clinA1.get(url())).json<Analysis[]>()[0]?.payload).toMatchObject({ score: 6 });
    await upsert('mood', { score: 2 });
    expect((await w.clinA1.get(url())).json<Analysis[]>()[0]?.payload).toEqual({ score: 2 });
  });

  it('writes one audit row per read naming the kinds returned', async () => {
    await w.clientUser.get(url());
    const row = await h.testDb.database.db
      .selectFrom('audit_log')
      .select(['action', 'resource_id', 'details'])
      .where('actor_user_id', '=', w.clientUser.id)
      .where('action', '=', 'analysis.read')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      action: 'analysis.read',
      resource_id: w.targets.own.sessionId,
      details: { kinds: ['summary'] },
    });
  });
});
