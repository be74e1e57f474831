import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorkers } from '../../src/jobs/job-worker.ts';
import { waitFor } from '../support/test-jobs.ts';
import { startApi, type ApiHarness } from './support/api-app.ts';
import { buildWorld, type World } from './support/api-world.ts';
import type { ApiUser } from './support/api-user.ts';

/** The text a reader of the PDF sees, whitespace collapsed (pdf.js, no worker). */
async function pdfText(bytes: Buffer): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
  const parts: string[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    for (const item of content.items) if ('str' in item) parts.push(item.str, item.hasEOL ? ' ' : '');
  }
  await doc.destroy();
  return parts.join('').replace(/\s+/g, ' ');
}

describe('GET /api/sessions/:id/export', () => {
  let h: ApiHarness;
  let w: World;
  let summary: string;
  beforeAll(async () => {
    h = await startApi();
    w = await buildWorld(h);
    // The fixture session's transcript upload queued Wave 1; analyse it so the export has content.
    const workers = await startWorkers(h.jobs.queue, {
      config: h.jobs.config,
      concurrency: 1,
      names: ['analyze.wave1', 'analyze.wave2'],
      workerName: 'export-test',
      log: pino({ level: 'silent' }),
      listener: h.jobs.listener,
      pollingIntervalSeconds: 0.5,
    });
    try {
      await waitFor(async () => {
        const s = await h.testDb.database.db
          .selectFrom('sessions')
          .select(['wave2_at', 'error'])
          .where('id', '=', w.targets.own.sessionId)
          .executeTakeFirstOrThrow();
        if (s.error) throw new Error(s.error);
        return s.wave2_at ?? undefined;
      }, 90_000);
    } finally {
      await workers.stop();
    }
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
      'Subjective: Client discussed Work or school stress.',
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
