import type { DeepAnalysis, Narrative, SessionAnalysis } from '@insession/core';
import type { AuditRepository } from '../../../repositories/audit.repository.ts';
import type { ClientRepository } from '../../../repositories/client.repository.ts';
import type { ClinicalContentRepository } from '../../../repositories/clinical-content.repository.ts';
import type { HomeworkRepository } from '../../../repositories/homework.repository.ts';
import type { NoteRepository } from '../../../repositories/note.repository.ts';
import { notFound } from '../../../routes/http-error.ts';
import type { RequestContext } from '../../request-context.ts';
import { CLIENT_FACING_KINDS, type SessionService } from '../session.service.ts';
import { buildExportDocument, type ExportDocument, type ExportInput } from './export-document.ts';

const WAVE2_KINDS = new Set(['deep_analysis', 'narrative']);

/** Wave 2 rows are stored as `{ label, value }` drafts. */
function draftValue<T>(payload: unknown): T | null {
  return payload && typeof payload === 'object' && 'value' in payload ? (payload as { value: T }).value : null;
}

// One session as a document to download or print. Clinicians and admins get the whole record (analyses, notes,
// transcript); a client gets only the client-facing parts of their own session, never a clinical note.
export class SessionExportService {
  constructor(
    private readonly sessions: SessionService,
    private readonly clients: ClientRepository,
    private readonly content: ClinicalContentRepository,
    private readonly notes: NoteRepository,
    private readonly homework: HomeworkRepository,
    private readonly audit: AuditRepository,
  ) {}

  async document(ctx: RequestContext, sessionId: string): Promise<ExportDocument> {
    const session = await this.sessions.require(ctx, sessionId);
    const client = await this.clients.findVisible(ctx.actor, session.client_id);
    if (!client) throw notFound('session');
    const audience = ctx.actor.role === 'client' ? 'client' : 'clinician';
    const rows = await this.content.analyses(sessionId, audience === 'client' ? CLIENT_FACING_KINDS : undefined);
    const analysis: Partial<SessionAnalysis> = Object.assign(
      {},
      ...rows.filter((r) => !WAVE2_KINDS.has(r.kind)).map((r) => r.payload as Partial<SessionAnalysis>),
    );
    const narrative = draftValue<Narrative>(rows.find((r) => r.kind === 'narrative')?.payload);
    const input: ExportInput = {
      clientName: client.name,
      sessionDate: session.session_date,
      audience,
      analysis,
      deep: draftValue<DeepAnalysis>(rows.find((r) => r.kind === 'deep_analysis')?.payload),
      narrative: narrative?.text ?? null,
      homework: (await this.homework.listForSession(sessionId)).map((h) => ({
        text: h.text,
        done: h.completed_at !== null,
      })),
      notes: audience === 'client' ? [] : await this.currentNotes(sessionId),
      transcript: audience === 'client' ? null : ((await this.content.transcript(sessionId)) ?? null),
    };
    await this.audit.record(ctx.actor, ctx.origin, {
      action: 'session.export',
      resourceType: 'session',
      resourceId: sessionId,
      details: { audience, kinds: rows.map((r) => r.kind), notes: input.notes.length },
    });
    return buildExportDocument(input);
  }

  private async currentNotes(sessionId: string): Promise<ExportInput['notes']> {
    const out: ExportInput['notes'] = [];
    for (const note of await this.notes.listForSession(sessionId)) {
      const current = (await this.notes.versions(note.id)).find((v) => v.version === note.current_version);
      if (!current) continue;
      out.push({ format: note.format, signed: note.signed_at !== null, sections: Object.entries(current.body) });
    }
    return out;
  }
}
