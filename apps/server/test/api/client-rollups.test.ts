import { bridgeSchema, journeySchema, treatmentPlanSchema, type TreatmentPlan } from '@insession/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_FIELD_KEYS } from '../../src/config/env.schema.ts';
import { fieldCipherFromConfig } from '../../src/config/field-cipher.ts';
import type { RollupKind } from '../../src/db/enums.ts';
import { sealJson } from '../../src/security/sealed-json.ts';
import { startApi, type ApiHarness } from './support/api-app.ts';
import { buildWorld, type World } from './support/api-world.ts';

// Journey, bridge and treatment plan as the client.rollup job stores them ({label, value}, sealed), read and
// reviewed through the API: who may see which version, clinician edits and approval, and the audit trail.

const LABEL = 'automated draft, no language model';
const journey = (n: number) =>
  journeySchema.parse({
    summary: `You have come to ${n} sessions and sleep is steadier.`,
    achievements: ['You kept a sleep diary for two weeks.'],
    currentFocus: 'Worry at night',
    sections: {
      progress: ['Sleep improved.'],
      strategies: ['Sleep diary.'],
      patterns: ['Worry peaks on Sundays.'],
      focus: ['Evening routine.'],
      longTermGoals: ['Feel rested at work.'],
    },
  });
const bridge = bridgeSchema.parse({
  concerns: ['I have been sleeping badly and worrying about work.'],
  progress: ['I am sleeping a bit better.'],
  goals: ['I want to feel rested; a walk with me in the evening helps.'],
});
const plan: TreatmentPlan = treatmentPlanSchema.parse({
  problems: [{ id: 'P1', statement: 'Poor sleep (raised in 2 of 2 sessions).' }],
  goals: [
    {
      id: 'G1',
      problemId: 'P1',
      topicId: 'sleep',
      statement: 'Sleep through most nights.',
      objectives: [{ text: 'Sleep 6+ hours', measure: 'Sleep diary', target: '5 of 7 nights' }],
      progress: [],
    },
  ],
  interventions: [{ name: 'CBT for insomnia', goalIds: ['G1'], frequency: 'Weekly' }],
});

describe('client rollups API', () => {
  let h: ApiHarness;
  let w: World;
  const cipher = fieldCipherFromConfig({ FIELD_ENCRYPTION_KEYS: DEV_FIELD_KEYS });

  async function store(clientId: string, kind: RollupKind, version: number, value: unknown) {
    const { db } = h.testDb.database;
    const client = await db
      .selectFrom('clients')
      .select('practice_id')
      .where('id', '=', clientId)
      .executeTakeFirstOrThrow();
    const sealed = sealJson(cipher, { label: LABEL, value });
    await db
      .insertInto('client_rollups')
      .values({
        practice_id: client.practice_id,
        client_id: clientId,
        kind,
        version,
        provider: 'heuristic',
        prompt_version: 'heuristic@v1',
        payload: sealed.value,
        key_id: sealed.keyId,
      })
      .execute();
  }
  const planRows = (clientId: string) =>
    h.testDb.database.db
      .selectFrom('client_rollups')
      .select(['version', 'provider', 'edited_by', 'approved_by'])
      .where('client_id', '=', clientId)
      .where('kind', '=', 'treatment_plan')
      .orderBy('version')
      .execute();

  beforeAll(async () => {
    h = await startApi();
    w = await buildWorld(h);
    for (const t of ['own', 'other', 'foreign'] as const) {
      await store(w.targets[t].clientId, 'journey', 1, journey(1));
      await store(w.targets[t].clientId, 'bridge', 1, bridge);
      await store(w.targets[t].clientId, 'treatment_plan', 1, plan);
    }
    await store(w.targets.own.clientId, 'journey', 2, journey(2));
  });
  afterAll(() => h.close());

  it('gives the clinician the newest journey, the version list and any earlier version', async () => {
    const id = w.targets.own.clientId;
    const res = await w.clinA1.get(`/api/clients/${id}/journey`);
    expect(res.statusCode).toBe(200);
    const body = res.json<{ current: { version: number; label: string; value: unknown }; versions: unknown[] }>();
    expect(body.current).toMatchObject({ version: 2, label: LABEL, value: journey(2) });
    expect(body.versions).toMatchObject([
      { version: 2, provider: 'heuristic' },
      { version: 1, provider: 'heuristic' },
    ]);
    const first = await w.clinA1.get(`/api/clients/${id}/journey?version=1`);
    expect(first.json<{ current: { value: unknown } }>().current.value).toEqual(journey(1));
    const missing = await w.clinA1.get(`/api/clients/${id}/journey?version=9`);
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({ error: 'not_found', message: 'journey version not found' });
  });

  it('answers an empty journey before the first rollup', async () => {
    const client = (await w.clinA1.post('/api/clients', { name: 'New Client' })).json<{ id: string }>();
    const res = await w.clinA1.get(`/api/clients/${client.id}/journey`);
    expect(res.json()).toEqual({ current: null, versions: [] });
  });

  it('shows a client their own newest journey and bridge only, never the treatment plan', async () => {
    const id = w.targets.own.clientId;
    const j = await w.clientUser.get(`/api/clients/${id}/journey`);
    expect(j.statusCode).toBe(200);
    expect(j.json()).toMatchObject({ current: { version: 2, value: journey(2) }, versions: [] });
    const b = await w.clientUser.get(`/api/clients/${id}/bridge`);
    expect(b.json()).toMatchObject({ current: { version: 1, value: bridge }, versions: [] });
    expect((await w.clientUser.get(`/api/clients/${id}/journey?version=1`)).statusCode).toBe(403);
    const planRes = await w.clientUser.get(`/api/clients/${id}/treatment-plan`);
    expect(planRes.statusCode).toBe(403);
    expect(planRes.body).not.toContain('insomnia');
  });

  it("answers 404 to a client asking for another client's journey or bridge, and to other caseloads", async () => {
    for (const t of ['other', 'foreign'] as const) {
      const id = w.targets[t].clientId;
      for (const path of ['journey', 'bridge']) {
        const res = await w.clientUser.get(`/api/clients/${id}/${path}`);
        expect(res.statusCode, `${t} ${path}`).toBe(404);
        expect(res.body).not.toContain('sleep');
      }
    }
    const own = w.targets.own.clientId;
    for (const path of ['journey', 'bridge', 'treatment-plan']) {
      expect((await w.clinA2.get(`/api/clients/${own}/${path}`)).statusCode).toBe(404);
      expect((await w.adminB.get(`/api/clients/${own}/${path}`)).statusCode).toBe(404);
      expect((await w.adminA.get(`/api/clients/${own}/${path}`)).statusCode).toBe(200);
    }
  });

  it('stores a clinician edit as a new version and refuses an edit of a replaced version', async () => {
    const id = w.targets.own.clientId;
    const edited = { ...plan, problems: [{ id: 'P1', statement: 'Insomnia with early waking.' }] };
    const res = await w.clinA1.request({
      method: 'PUT',
      url: `/api/clients/${id}/treatment-plan`,
      payload: { basedOnVersion: 1, plan: edited },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      current: { version: 2, provider: 'clinician', label: 'edited by the clinician', editedBy: w.clinA1.id },
      approvedVersion: null,
    });
    expect(res.json<{ current: { value: TreatmentPlan } }>().current.value.problems[0]?.statement).toBe(
      'Insomnia with early waking.',
    );
    const stale = await w.clinA1.request({
      method: 'PUT',
      url: `/api/clients/${id}/treatment-plan`,
      payload: { basedOnVersion: 1, plan },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ message: string }>().message).toMatch(/changed since version 1/);
    expect((await planRows(id)).map((r) => r.version)).toEqual([1, 2]);
  });

  it('refuses a malformed plan with a clear message and writes nothing', async () => {
    const id = w.targets.own.clientId;
    const before = await planRows(id);
    const bad = { ...plan, goals: [{ ...plan.goals[0], problemId: 'P7' }] };
    const res = await w.clinA1.request({
      method: 'PUT',
      url: `/api/clients/${id}/treatment-plan`,
      payload: { basedOnVersion: before.length, plan: bad },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ message: string }>().message).toContain('goal G1 refers to a missing problem P7');
    const client = await w.clientUser.request({
      method: 'PUT',
      url: `/api/clients/${id}/treatment-plan`,
      payload: { basedOnVersion: before.length, plan },
    });
    expect(client.statusCode).toBe(403);
    const other = await w.clinA2.request({
      method: 'PUT',
      url: `/api/clients/${id}/treatment-plan`,
      payload: { basedOnVersion: before.length, plan },
    });
    expect(other.statusCode).toBe(404);
    expect(await planRows(id)).toEqual(before);
  });

  it('approves only the newest version, once, and audits reads and changes', async () => {
    const id = w.targets.own.clientId;
    const older = await w.clinA1.post(`/api/clients/${id}/treatment-plan/approve`, { version: 1 });
    expect(older.statusCode).toBe(409);
    expect((await w.clinA2.post(`/api/clients/${id}/treatment-plan/approve`, { version: 2 })).statusCode).toBe(404);
    const ok = await w.clinA1.post(`/api/clients/${id}/treatment-plan/approve`, { version: 2 });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ approvedVersion: 2, current: { version: 2, approvedBy: w.clinA1.id } });
    expect((await w.clinA1.post(`/api/clients/${id}/treatment-plan/approve`, { version: 2 })).statusCode).toBe(409);
    const read = await w.clinA1.get(`/api/clients/${id}/treatment-plan`);
    expect(read.json()).toMatchObject({ approvedVersion: 2, versions: [{ version: 2 }, { version: 1 }] });

    const actions = await h.testDb.database.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('resource_id', '=', id)
      .where('actor_user_id', '=', w.clinA1.id)
      .where('action', 'like', 'treatment_plan.%')
      .orderBy('id')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(['treatment_plan.edit', 'treatment_plan.approve', 'treatment_plan.read']),
    );
    const journeyReads = await h.testDb.database.db
      .selectFrom('audit_log')
      .select('id')
      .where('resource_id', '=', id)
      .where('actor_user_id', '=', w.clientUser.id)
      .where('action', '=', 'journey.read')
      .execute();
    expect(journeyReads.length).toBeGreaterThan(0);
  });

  it('leaves risk detail out of what the client reads, while the clinician sees the stored text', async () => {
    const id = w.targets.own.clientId;
    const risky = journeySchema.parse({
      ...journey(3),
      summary: 'You came to 3 sessions. You talked about suicidal thoughts in the first one. Sleep is steadier.',
      currentFocus: 'Suicidal thoughts and sleep',
      sections: { ...journey(3).sections, focus: ['Suicidal thoughts.'], patterns: ['Sleep came up in 3 of 3.'] },
    });
    await store(id, 'journey', 3, risky);
    await store(id, 'bridge', 2, { ...bridge, concerns: ['I have had thoughts of self-harm.'] });

    const mine = (await w.clientUser.get(`/api/clients/${id}/journey`)).json<{ current: { value: typeof risky } }>();
    expect(JSON.stringify(mine)).not.toMatch(/suicid/i);
    expect(mine.current.value).toMatchObject({
      summary: 'You came to 3 sessions. Sleep is steadier.',
      currentFocus: 'The next steps you agree with your therapist',
      sections: { focus: ['The next steps you agree with your therapist.'], patterns: ['Sleep came up in 3 of 3.'] },
    });
    const shared = (await w.clientUser.get(`/api/clients/${id}/bridge`)).json<{ current: { value: typeof bridge } }>();
    expect(shared.current.value.concerns).toEqual(["I'm working through some things I'd rather talk about in person."]);
    expect(shared.current.value.progress).toEqual(bridge.progress);

    const theirs = (await w.clinA1.get(`/api/clients/${id}/journey`)).json<{ current: { value: unknown } }>();
    expect(theirs.current.value).toEqual(risky);
  });
});
