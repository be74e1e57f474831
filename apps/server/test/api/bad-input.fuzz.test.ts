import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type ApiHarness } from './support/api-app.ts';
import { buildWorld, type World } from './support/api-world.ts';

// ≥ 500 generated bad inputs against the write endpoints. Each must get a 4xx with `{ error, message }` and a
// readable message, and afterwards no table has gained a row (nothing half-written).

const notString = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
);
const blank = fc.constantFrom('', ' ', '\t\n');
const tooLong = (n: number) => fc.string({ minLength: n + 1, maxLength: n + 40 }).filter((s) => s.trim().length > n);
const notUuid = fc.oneof(
  fc.string({ maxLength: 40 }).filter((s) => !/^[0-9a-f-]{36}$/i.test(s)),
  fc.integer(),
);
const badDate = fc.oneof(
  fc.constantFrom('2026-13-01', '2026-02-30', '01/02/2026', 'yesterday', ''),
  fc.integer(),
  fc.constant(null),
);
const notObject = fc.oneof(
  fc.integer(),
  fc.string(),
  fc.constant(null),
  fc.array(fc.jsonValue(), { maxLength: 3 }),
  fc.boolean(),
);
const extraKey = fc
  .string({ minLength: 1, maxLength: 12 })
  .filter(
    (k) =>
      ![
        'name',
        'clinicianId',
        'clientId',
        'sessionDate',
        'sourceKind',
        'format',
        'body',
        'text',
        'done',
        'kind',
        'answers',
        'stage',
        'shared',
        '__proto__',
        'constructor',
      ].includes(k),
  );
const badAnswers = fc.oneof(
  fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 20 }).filter((a) => a.length !== 9),
  fc
    .tuple(
      fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 8, maxLength: 8 }),
      fc.oneof(
        fc.integer({ min: 4 }),
        fc.integer({ max: -1 }),
        fc.double({ min: 0.1, max: 2.9, noInteger: true }),
        fc.string(),
      ),
    )
    .map(([a, bad]) => [...a, bad]),
  notObject,
);

const badVersion = fc.oneof(
  fc.integer({ max: 0 }),
  fc.double({ min: 0.1, max: 9.9, noInteger: true }),
  fc.string(),
  fc.constant(null),
);
const validPlan = {
  problems: [{ id: 'P1', statement: 'Poor sleep.' }],
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
};

interface Case {
  method: 'POST' | 'PATCH' | 'PUT';
  url: (w: World) => string;
  /** JSON value to send, or raw text for malformed JSON. */
  payload: unknown;
  raw?: boolean;
}

function cases(): fc.Arbitrary<Case> {
  const c = (method: Case['method'], url: Case['url'], payload: fc.Arbitrary<unknown>, raw = false) =>
    payload.map((p): Case => ({ method, url, payload: p, raw }));
  const client = (w: World) => `/api/clients/${w.targets.own.clientId}`;
  const session = (w: World) => `/api/sessions/${w.targets.own.sessionId}`;
  return fc.oneof(
    c('POST', () => '/api/clients', fc.oneof(notObject, fc.record({ name: fc.oneof(notString, blank, tooLong(200)) }))),
    c(
      'POST',
      () => '/api/clients',
      fc.tuple(extraKey, fc.jsonValue()).map(([k, v]) => ({ name: 'Valid Name', [k]: v })),
    ),
    c('POST', () => '/api/clients', fc.record({ name: fc.constant('Valid'), clinicianId: notUuid })),
    c(
      'PATCH',
      client,
      fc.oneof(notObject, fc.constant({}), fc.record({ name: fc.oneof(notString, blank, tooLong(200)) })),
    ),
    c(
      'POST',
      () => '/api/sessions',
      fc.oneof(
        notObject,
        fc.record({ clientId: notUuid, sessionDate: fc.constant('2026-01-01') }),
        fc.record({ clientId: fc.constant('00000000-0000-4000-8000-000000000000'), sessionDate: badDate }),
        fc.record({
          clientId: fc.constant('00000000-0000-4000-8000-000000000000'),
          sessionDate: fc.constant('2026-01-01'),
          sourceKind: fc.string(),
        }),
      ),
    ),
    c('PATCH', session, fc.oneof(notObject, fc.record({ sessionDate: badDate }))),
    c(
      'POST',
      (w) => `${session(w)}/notes`,
      fc.oneof(
        notObject,
        fc.record({
          format: fc.string().filter((f) => !['SOAP', 'DAP', 'BIRP', 'GIRP'].includes(f)),
          body: fc.constant({ S: 'x' }),
        }),
        fc.record({
          format: fc.constant('SOAP'),
          body: fc.oneof(
            notObject,
            fc.constant({}),
            fc.dictionary(fc.string({ minLength: 1, maxLength: 5 }), fc.integer(), { minKeys: 1, maxKeys: 3 }),
          ),
        }),
      ),
    ),
    c(
      'PUT',
      (w) => `/api/notes/${w.targets.own.noteId}`,
      fc.oneof(notObject, fc.record({ body: fc.oneof(notObject, fc.constant({})) })),
    ),
    c(
      'POST',
      (w) => `${session(w)}/homework`,
      fc.oneof(notObject, fc.record({ text: fc.oneof(notString, blank, tooLong(500)) })),
    ),
    c(
      'POST',
      (w) => `/api/homework/${w.targets.own.homeworkId}/complete`,
      fc.oneof(notObject, fc.record({ done: fc.oneof(fc.string(), fc.integer(), fc.constant(null)) })),
    ),
    c(
      'POST',
      (w) => `${client(w)}/questionnaires`,
      fc.oneof(
        fc.record({ kind: fc.constant('phq9'), answers: badAnswers }),
        fc.record({
          kind: fc.string().filter((k) => k !== 'phq9' && k !== 'gad7'),
          answers: fc.constant([0, 0, 0, 0, 0, 0, 0]),
        }),
      ),
    ),
    c(
      'POST',
      (w) => `${session(w)}/rerun`,
      fc.oneof(
        notObject,
        fc.record({
          stage: fc.oneof(
            notString,
            fc
              .string({ maxLength: 40 })
              .filter((s) => !['transcribe', 'analyze.wave1', 'analyze.wave2', 'client.rollup'].includes(s)),
          ),
        }),
      ),
    ),
    c(
      'PATCH',
      (w) => `${session(w)}/speakers`,
      fc.oneof(
        notObject,
        fc.record({ speaker: fc.oneof(notString, fc.constant(''), tooLong(200)), role: fc.constant('client') }),
        // A speaker the transcript does not have.
        fc.record({
          speaker: fc.string({ minLength: 1, maxLength: 50 }).filter((sp) => sp !== 'Therapist' && sp !== 'Client'),
          role: fc.constant('client'),
        }),
        fc.record({
          speaker: fc.constant('Client'),
          role: fc.oneof(
            notString,
            fc.string().filter((r) => !['therapist', 'client', 'other'].includes(r)),
          ),
        }),
      ),
    ),
    c(
      'PUT',
      (w) => `${client(w)}/treatment-plan`,
      fc.oneof(
        notObject,
        fc.record({ basedOnVersion: badVersion, plan: fc.constant(validPlan) }),
        fc.record({
          basedOnVersion: fc.constant(1),
          plan: fc.oneof(
            notObject,
            fc.constant({}),
            fc.record({
              problems: fc.oneof(notObject, fc.constant([])),
              goals: fc.constant(validPlan.goals),
              interventions: fc.constant(validPlan.interventions),
            }),
            // A goal pointing at a problem the plan does not have.
            fc
              .string({ minLength: 1, maxLength: 3 })
              .map((n) => ({ ...validPlan, goals: [{ ...validPlan.goals[0], problemId: `P9${n.length}` }] })),
          ),
        }),
      ),
    ),
    c('POST', (w) => `${client(w)}/treatment-plan/approve`, fc.oneof(notObject, fc.record({ version: badVersion }))),
    c(
      'POST',
      () => '/api/auth/tokens',
      fc.oneof(notObject, fc.record({ name: fc.oneof(notString, blank, tooLong(100)) })),
    ),
    c(
      'POST',
      () => '/api/auth/signup',
      fc.oneof(
        notObject,
        fc.record({
          practiceName: fc.constant('P'),
          name: fc.constant('N'),
          email: fc.string({ maxLength: 30 }).filter((s) => !s.includes('@')),
          password: fc.constant('long enough password'),
        }),
        fc.record({
          practiceName: fc.constant('P'),
          name: fc.constant('N'),
          email: fc.constant('ok@example.org'),
          password: fc.string({ maxLength: 9 }),
        }),
      ),
    ),
    c(
      'POST',
      (w) => `/api/sessions/${w.targets.own.sessionId}`.replace(/[0-9a-f-]{36}$/, 'not-a-uuid') + '/notes',
      fc.constant({ format: 'SOAP', body: { S: 'x' } }),
    ),
    c(
      'POST',
      () => '/api/clients',
      fc.string({ minLength: 1, maxLength: 30 }).filter((s) => {
        try {
          JSON.parse(s);
          return false;
        } catch {
          return true;
        }
      }),
      true,
    ),
  );
}

const TABLES = [
  'users',
  'clients',
  'sessions',
  'clinical_notes',
  'clinical_note_versions',
  'homework_items',
  'questionnaire_responses',
  'risk_flags',
  'api_tokens',
  'practices',
  'transcripts',
  'client_rollups',
] as const;

describe('generated bad inputs', () => {
  let h: ApiHarness;
  let w: World;
  beforeAll(async () => {
    h = await startApi();
    w = await buildWorld(h);
  });
  afterAll(() => h.close());

  async function counts(): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const t of TABLES) {
      const row = await h.testDb.database.db
        .selectFrom(t)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      out[t] = Number(row.n);
    }
    return out;
  }

  it('answers 600 bad requests with a 4xx and a clear message, and writes nothing', async () => {
    const before = await counts();
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(cases(), async (k) => {
        runs++;
        const res = await w.adminA.request({
          method: k.method,
          url: k.url(w),
          headers: { 'content-type': 'application/json' },
          payload: k.raw ? (k.payload as string) : JSON.stringify(k.payload),
        });
        expect(
          res.statusCode,
          `${k.method} ${k.url(w)} ${JSON.stringify(k.payload)} → ${res.body}`,
        ).toBeGreaterThanOrEqual(400);
        expect(res.statusCode).toBeLessThan(500);
        const body = res.json<{ error: string; message: string }>();
        expect(Object.keys(body).sort()).toEqual(['error', 'message']);
        expect(body.message.length).toBeGreaterThan(5);
      }),
      { numRuns: 600, seed: 7301 },
    );
    expect(runs).toBeGreaterThanOrEqual(500);
    expect(await counts()).toEqual(before);
  });
});
