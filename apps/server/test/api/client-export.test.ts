import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseSession } from './support/analyse-session.ts';
import { startApi, type ApiHarness } from './support/api-app.ts';
import { buildWorld, type World } from './support/api-world.ts';
import type { ApiUser } from './support/api-user.ts';
import { pdfText } from './support/pdf-text.ts';

describe('GET /api/clients/:id/export', () => {
  let h: ApiHarness;
  let w: World;
  let summary: string;
  beforeAll(async () => {
    h = await startApi();
    w = await buildWorld(h);
    const own = w.targets.own;
    await analyseSession(h, own.sessionId, 'client-export-test');
    summary =
      (await w.clinA1.get(`/api/sessions/${own.sessionId}/analyses`))
        .json<{ kind: string; payload: { summary?: string } }[]>()
        .find((r) => r.kind === 'summary')?.payload.summary ?? '';
    expect(summary).not.toBe('');
    // Wave 2 drafted version 2 of the note; the clinician writes version 3 and signs it.
    const edit = await w.clinA1.request({
      method: 'PUT',
      url: `/api/notes/${own.noteId}`,
      payload: { body: { subjective: 'Slept better after the diary.' } },
    });
    expect(edit.statusCode).toBe(200);
    expect((await w.clinA1.post(`/api/notes/${own.noteId}/sign`)).statusCode).toBe(200);
    expect((await w.clientUser.post(`/api/homework/${own.homeworkId}/complete`, { done: true })).statusCode).toBe(200);
    const phq9 = await w.clientUser.post(`/api/clients/${own.clientId}/questionnaires`, {
      kind: 'phq9',
      answers: [2, 2, 1, 1, 1, 1, 1, 1, 1],
    });
    expect(phq9.statusCode).toBe(201);
  }, 180_000);
  afterAll(() => h.close());

  const exportOf = (u: ApiUser, clientId: string, query = '?format=pdf') =>
    u.get(`/api/clients/${clientId}/export${query}`);

  it('gives the clinician the whole record as a PDF: cover, sessions, note versions, homework, questionnaires', async () => {
    const { clientId, sessionId, draftSessionId } = w.targets.own;
    const res = await exportOf(w.clinA1, clientId);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="client-${clientId}.pdf"`);
    expect(res.headers['cache-control']).toBe('private, no-store');
    const text = await pdfText(res.rawPayload);
    const inOrder = [
      'Client record: Own Client',
      'Exported ',
      'Clinician: one@a.example',
      'Portal login: yes',
      'Sessions (2)',
      // Wave 2 ran but not the roll-up stage.
      '2026-01-05: rolling up (transcript)',
      '2026-01-12: draft (audio)',
      'Session of 2026-01-05',
      summary,
      'Homework',
      '[done] Sleep diary',
      'Clinical note (SOAP, signed ',
      'version 3 of 3',
      'Subjective: Slept better after the diary.',
      'Clinical note version 2 of 3',
      'Subjective: Client discussed Self-esteem and self-worth, Work or school stress.',
      'Clinical note version 1 of 3',
      'S: Poor sleep.',
      'Transcript: Session of 2026-01-05',
      '[0:00] Therapist: Welcome back.',
      'Session of 2026-01-12',
      'No analysis, notes or homework yet.',
      'Questionnaires',
      'PHQ-9: 11 (moderate)',
      'Risk flags',
      'PHQ-9 item 9 (thoughts of self-harm) answered 1 of 3',
      '(not acknowledged)',
    ];
    let from = 0;
    for (const expected of inOrder) {
      const at = text.indexOf(expected, from);
      expect(at, `"${expected}" after: ${text.slice(from, from + 200)}`).toBeGreaterThanOrEqual(0);
      from = at + expected.length;
    }
    const audit = await h.testDb.database.db
      .selectFrom('audit_log')
      .select(['actor_user_id', 'details'])
      .where('action', '=', 'client.export')
      .where('resource_id', '=', clientId)
      .execute();
    expect(audit).toContainEqual({
      actor_user_id: w.clinA1.id,
      details: { format: 'pdf', sessions: expect.arrayContaining([sessionId, draftSessionId]) },
    });
  });

  it('keeps JSON the default and refuses an unknown format', async () => {
    const { clientId } = w.targets.own;
    const json = await exportOf(w.clinA1, clientId, '');
    expect(json.statusCode).toBe(200);
    expect(json.headers['content-type']).toContain('application/json');
    expect(json.json()).toMatchObject({ client: { id: clientId, name: 'Own Client' } });
    const bad = await exportOf(w.clinA1, clientId, '?format=docx');
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ message: string }>().message).toMatch(/format/);
  });

  it("answers 404 to another clinician and another practice, and 403 to a client, with none of the client's data", async () => {
    const { clientId } = w.targets.own;
    for (const [user, status] of [
      [w.clinA2, 404],
      [w.adminB, 404],
      [w.clientUser, 403],
    ] as const) {
      for (const query of ['?format=pdf', '']) {
        const res = await exportOf(user, clientId, query);
        expect(res.statusCode, `${user.id}${query}`).toBe(status);
        expect(res.headers['content-type']).toContain('application/json');
        expect(res.body).not.toContain('Own Client');
      }
    }
    // A client cannot export another client either.
    const other = await exportOf(w.clientUser, w.targets.other.clientId);
    expect(other.statusCode).toBe(403);
    expect(other.body).not.toContain('Other Client');
    expect((await exportOf(w.adminA, clientId)).statusCode).toBe(200);
  });
});
