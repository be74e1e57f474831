import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseSession } from './support/analyse-session.ts';
import { startApi, type ApiHarness } from './support/api-app.ts';
import { buildWorld, type World } from './support/api-world.ts';
import type { ApiUser } from './support/api-user.ts';
import { pdfText } from './support/pdf-text.ts';

describe('GET /api/sessions/:id/export', () => {
  let h: ApiHarness;
  let w: World;
  let summary: string;
  beforeAll(async () => {
    h = await startApi();
    w = await buildWorld(h);
    await analyseSession(h, w.targets.own.sessionId, 'export-test');
    const rows = (await w.clinA1.get(`/api/sessions/${w.targets.own.sessionId}/analyses`)).json<
      { kind: string; payload: { summary?: string } }[]
    >();
    summary = rows.find((r) => r.kind === 'summary')?.payload.summary ?? '';
    expect(summary).not.toBe('');
  }, 180_000);
  afterAll(() => h.close());

  const exportOf = (u: ApiUser) => u.get(`/api/sessions/${w.targets.own.sessionId}/export`);

  it('gives the clinician a PDF with the analysis, the clinical note and the transcript', async () => {
    const res = await exportOf(w.clinA1);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe('attachment; filename="session-2026-01-05.pdf"');
    const text = await pdfText(res.rawPayload);
    for (const expected of [
      'Session of 2026-01-05',
      'Client: Own Client',
      summary,
      'Homework',
      'Sleep diary',
      'Narrative for the client',
      'Clinical note (SOAP, unsigned draft)',
      // Wave 2 wrote its drafted note as the current version of the clinician's note.
      'Subjective: Client discussed Self-esteem and self-worth, Work or school stress.',
      'Transcript',
      '[0:00] Therapist: Welcome back.',
    ]) {
      expect(text).toContain(expected);
    }
    const audit = await h.testDb.database.db
      .selectFrom('audit_log')
      .select(['actor_user_id', 'details'])
      .where('action', '=', 'session.export')
      .where('resource_id', '=', w.targets.own.sessionId)
      .execute();
    expect(audit).toContainEqual({
      actor_user_id: w.clinA1.id,
      details: expect.objectContaining({ audience: 'clinician' }),
    });
  });

  it("gives the client only the client-facing parts: never the clinician's note or the transcript", async () => {
    // Even a note shared with the client stays out of the client's export.
    expect((await w.clinA1.post(`/api/notes/${w.targets.own.noteId}/share`, { shared: true })).statusCode).toBe(200);
    const res = await exportOf(w.clientUser);
    expect(res.statusCode).toBe(200);
    const text = await pdfText(res.rawPayload);
    expect(text).toContain('Own Client: your session summary');
    expect(text).toContain(summary);
    expect(text).toContain('Sleep diary');
    expect(text).toContain('Narrative for the client');
    for (const hidden of [
      'Subjective',
      'Poor sleep',
      'Clinical note',
      'Transcript',
      'Therapist:',
      'Mood ',
      'Deep analysis',
    ]) {
      expect(text).not.toContain(hidden);
    }
  });

  it('answers 404 to another clinician and another practice', async () => {
    for (const stranger of [w.clinA2, w.adminB]) {
      const res = await exportOf(stranger);
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toContain('application/json');
      expect(res.body).not.toContain('Own Client');
    }
    expect((await w.adminA.get(`/api/sessions/${w.targets.own.sessionId}/export`)).statusCode).toBe(200);
  });
});
