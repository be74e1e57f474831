import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import type { UserRole } from '../../src/db/enums.ts';
import { startApi, type ApiHarness } from './support/api-app.ts';
import { ApiUser } from './support/api-user.ts';
import {
  TRANSCRIPT,
  buildWorld,
  makeFixture,
  multipart,
  tinyWav,
  type Fixture,
  type TargetKind,
  type World,
} from './support/api-world.ts';

// Every role × every endpoint × (own / other clinician's / other practice's) resource, with the exact status.
// Destructive endpoints get a fresh fixture per case so cases cannot influence each other.

type Call = (u: ApiUser, f: Fixture) => Promise<LightMyRequestResponse>;
interface Endpoint {
  name: string;
  roles: readonly UserRole[];
  /** Status when the caller may act on the resource (may depend on the target). */
  ok: number | ((t: TargetKind) => number);
  call: Call;
  fresh?: boolean;
}

const ALL = ['admin', 'clinician', 'client'] as const;
const STAFF = ['admin', 'clinician'] as const;
const transcriptBody = () => multipart({}, { name: 't.txt', type: 'text/plain', bytes: Buffer.from(TRANSCRIPT) });
const audioBody = () => multipart({ consent: 'true' }, { name: 'a.wav', type: 'audio/wav', bytes: tinyWav() });

const endpoints: Endpoint[] = [
  { name: 'GET client', roles: ALL, ok: 200, call: (u, f) => u.get(`/api/clients/${f.clientId}`) },
  {
    name: 'PATCH client',
    roles: STAFF,
    ok: 200,
    call: (u, f) => u.patch(`/api/clients/${f.clientId}`, { name: 'Renamed' }),
  },
  {
    name: 'archive client',
    roles: STAFF,
    ok: 200,
    call: (u, f) => u.post(`/api/clients/${f.clientId}/archive`, { archived: false }),
  },
  { name: 'export client', roles: STAFF, ok: 200, call: (u, f) => u.get(`/api/clients/${f.clientId}/export`) },
  {
    name: 'invite client',
    roles: STAFF,
    ok: (t) => (t === 'own' ? 409 : 201),
    call: (u, f) => u.post(`/api/clients/${f.clientId}/invite`, { email: `x${Math.random()}@a.example` }),
  },
  { name: 'erase client', roles: STAFF, ok: 204, fresh: true, call: (u, f) => u.delete(`/api/clients/${f.clientId}`) },
  {
    name: 'create session',
    roles: STAFF,
    ok: 201,
    call: (u, f) => u.post('/api/sessions', { clientId: f.clientId, sessionDate: '2026-02-01' }),
  },
  { name: 'GET session', roles: ALL, ok: 200, call: (u, f) => u.get(`/api/sessions/${f.sessionId}`) },
  {
    name: 'PATCH session',
    roles: STAFF,
    ok: 200,
    call: (u, f) => u.patch(`/api/sessions/${f.sessionId}`, { sessionDate: '2026-01-05' }),
  },
  {
    name: 'DELETE session',
    roles: STAFF,
    ok: 204,
    fresh: true,
    call: (u, f) => u.delete(`/api/sessions/${f.sessionId}`),
  },
  { name: 'session status', roles: ALL, ok: 200, call: (u, f) => u.get(`/api/sessions/${f.sessionId}/status`) },
  { name: 'session analyses', roles: ALL, ok: 200, call: (u, f) => u.get(`/api/sessions/${f.sessionId}/analyses`) },
  {
    name: 'session transcript',
    roles: STAFF,
    ok: 200,
    call: (u, f) => u.get(`/api/sessions/${f.sessionId}/transcript`),
  },
  {
    name: 're-run stage',
    roles: STAFF,
    ok: 202,
    call: (u, f) => u.post(`/api/sessions/${f.sessionId}/rerun`, { stage: 'analyze.wave1' }),
  },
  { name: 'export session', roles: ALL, ok: 200, call: (u, f) => u.get(`/api/sessions/${f.sessionId}/export`) },
  {
    name: 'correct speaker role',
    roles: STAFF,
    // The role it already has: authorised callers get 200 and nothing is re-run.
    ok: 200,
    call: (u, f) => u.patch(`/api/sessions/${f.sessionId}/speakers`, { speaker: 'Client', role: 'client' }),
  },
  {
    name: 'upload transcript',
    roles: STAFF,
    ok: 201,
    fresh: true,
    call: (u, f) =>
      u.request({ method: 'POST', url: `/api/sessions/${f.draftSessionId}/transcript`, ...transcriptBody() }),
  },
  {
    name: 'upload audio',
    roles: STAFF,
    ok: 201,
    fresh: true,
    call: (u, f) => u.request({ method: 'POST', url: `/api/sessions/${f.draftSessionId}/audio`, ...audioBody() }),
  },
  { name: 'list notes', roles: ALL, ok: 200, call: (u, f) => u.get(`/api/sessions/${f.sessionId}/notes`) },
  {
    name: 'create note',
    roles: STAFF,
    ok: 201,
    call: (u, f) => u.post(`/api/sessions/${f.sessionId}/notes`, { format: 'DAP', body: { D: 'x' } }),
  },
  {
    name: 'edit note',
    roles: STAFF,
    ok: 200,
    call: (u, f) => u.request({ method: 'PUT', url: `/api/notes/${f.noteId}`, payload: { body: { S: 'y' } } }),
  },
  { name: 'sign note', roles: STAFF, ok: 200, fresh: true, call: (u, f) => u.post(`/api/notes/${f.noteId}/sign`) },
  {
    name: 'share note',
    roles: STAFF,
    ok: 200,
    call: (u, f) => u.post(`/api/notes/${f.noteId}/share`, { shared: false }),
  },
  { name: 'list homework', roles: ALL, ok: 200, call: (u, f) => u.get(`/api/sessions/${f.sessionId}/homework`) },
  {
    name: 'add homework',
    roles: STAFF,
    ok: 201,
    call: (u, f) => u.post(`/api/sessions/${f.sessionId}/homework`, { text: 'Walk' }),
  },
  {
    name: 'check homework',
    roles: ALL,
    ok: 200,
    call: (u, f) => u.post(`/api/homework/${f.homeworkId}/complete`, { done: true }),
  },
  {
    name: 'submit PHQ-9',
    roles: ALL,
    ok: 201,
    call: (u, f) =>
      u.post(`/api/clients/${f.clientId}/questionnaires`, { kind: 'phq9', answers: [1, 1, 1, 1, 1, 1, 1, 1, 0] }),
  },
  {
    name: 'questionnaire trends',
    roles: ALL,
    ok: 200,
    call: (u, f) => u.get(`/api/clients/${f.clientId}/questionnaires`),
  },
  { name: 'risk flags', roles: STAFF, ok: 200, call: (u, f) => u.get(`/api/clients/${f.clientId}/risk-flags`) },
  { name: 'progress', roles: STAFF, ok: 200, call: (u, f) => u.get(`/api/clients/${f.clientId}/progress`) },
  { name: 'journey', roles: ALL, ok: 200, call: (u, f) => u.get(`/api/clients/${f.clientId}/journey`) },
  { name: 'bridge', roles: ALL, ok: 200, call: (u, f) => u.get(`/api/clients/${f.clientId}/bridge`) },
  {
    name: 'treatment plan',
    roles: STAFF,
    ok: 200,
    call: (u, f) => u.get(`/api/clients/${f.clientId}/treatment-plan`),
  },
];

const ACTORS = ['admin', 'clinician', 'client'] as const;
const TARGETS: TargetKind[] = ['own', 'other', 'foreign'];

function visible(actor: (typeof ACTORS)[number], t: TargetKind): boolean {
  if (t === 'foreign') return false;
  return actor === 'admin' || t === 'own';
}

describe('authorization matrix', () => {
  let h: ApiHarness;
  let w: World;
  beforeAll(async () => {
    h = await startApi();
    w = await buildWorld(h);
  });
  afterAll(() => h.close());

  const caller = (a: (typeof ACTORS)[number]): ApiUser =>
    a === 'admin' ? w.adminA : a === 'clinician' ? w.clinA1 : w.clientUser;

  for (const ep of endpoints) {
    for (const actor of ACTORS) {
      it(`${ep.name} as ${actor}`, async () => {
        const got: Record<string, number> = {};
        const want: Record<string, number> = {};
        for (const t of TARGETS) {
          const f = ep.fresh ? await makeFixture(w.owners[t], `Fresh ${t}`) : w.targets[t];
          const res = await ep.call(caller(actor), f);
          got[t] = res.statusCode;
          want[t] = !ep.roles.includes(actor)
            ? 403
            : visible(actor, t)
              ? typeof ep.ok === 'number'
                ? ep.ok
                : ep.ok(t)
              : 404;
          if (res.statusCode >= 400) {
            const body = res.json<Record<string, unknown>>();
            expect(Object.keys(body).sort()).toEqual(['error', 'message']);
            for (const secret of [f.clientId, f.sessionId, f.noteId, 'Client', 'Poor sleep']) {
              expect(res.body).not.toContain(secret);
            }
          }
        }
        expect(got).toEqual(want);
      });
    }
    it(`${ep.name} without signing in → 401`, async () => {
      const res = await ep.call(ApiUser.anonymous(h.app), w.targets.own);
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual({ error: 'unauthorized', message: 'sign in required' });
    });
  }

  it('lists only visible clients and sessions', async () => {
    const ids = async (u: ApiUser, url: string): Promise<unknown> => (await u.get(url)).json();
    const clientIds = (r: unknown) => (r as { id: string }[]).map((c) => c.id).sort();
    const sessionIds = (r: unknown) => (r as { items: { id: string }[] }).items.map((s) => s.id);
    const { own, other, foreign } = w.targets;
    expect(clientIds(await ids(w.clinA1, '/api/clients'))).toContain(own.clientId);
    expect(clientIds(await ids(w.clinA1, '/api/clients'))).not.toContain(other.clientId);
    expect(clientIds(await ids(w.adminA, '/api/clients'))).toEqual(
      expect.arrayContaining([own.clientId, other.clientId]),
    );
    expect(clientIds(await ids(w.adminA, '/api/clients'))).not.toContain(foreign.clientId);
    expect(clientIds(await ids(w.clientUser, '/api/clients'))).toEqual([own.clientId]);
    const clientSessions = sessionIds(await ids(w.clientUser, '/api/sessions'));
    expect(clientSessions).toContain(own.sessionId);
    expect(clientSessions).not.toContain(other.sessionId);
    expect(sessionIds(await ids(w.adminB, '/api/sessions'))).not.toContain(own.sessionId);
  });
});
