import type { DeepAnalysis, Narrative, SessionAnalysis } from '@insession/core';
import type { ClinicalContentRepository } from '../../repositories/clinical-content.repository.ts';
import type { HomeworkRepository } from '../../repositories/homework.repository.ts';
import type { NoteRepository } from '../../repositories/note.repository.ts';
import { CLIENT_FACING_KINDS } from '../sessions/session.service.ts';
import type { ExportInput } from './session-part.ts';

const WAVE2_KINDS = new Set(['deep_analysis', 'narrative']);

/** Wave 2 rows are stored as `{ label, value }` drafts. */
function draftValue<T>(payload: unknown): T | null {
  return payload && typeof payload === 'object' && 'value' in payload ? (payload as { value: T }).value : null;
}

export interface LoadedSession {
  input: ExportInput;
  /** The analysis kinds read, for the audit row. */
  kinds: string[];
}

// Reads one session's stored content for an export. The caller has already authorized the session and writes the
// audit row; a client audience reads only the client-facing analyses, never notes or the transcript.
export class SessionExportLoader {
  constructor(
    private readonly content: ClinicalContentRepository,
    private readonly notes: NoteRepository,
    private readonly homework: HomeworkRepository,
  ) {}

  async load(
    session: { id: string; session_date: string },
    clientName: string,
    audience: ExportInput['audience'],
    noteHistory = false,
  ): Promise<LoadedSession> {
    const rows = await this.content.analyses(session.id, audience === 'client' ? CLIENT_FACING_KINDS : undefined);
    const analysis: Partial<SessionAnalysis> = Object.assign(
      {},
      ...rows.filter((r) => !WAVE2_KINDS.has(r.kind)).map((r) => r.payload as Partial<SessionAnalysis>),
    );
    const narrative = draftValue<Narrative>(rows.find((r) => r.kind === 'narrative')?.payload);
    const input: ExportInput = {
      clientName,
      sessionDate: session.session_date,
      audience,
      analysis,
      deep: draftValue<DeepAnalysis>(rows.find((r) => r.kind === 'deep_analysis')?.payload),
      narrative: narrative?.text ?? null,
      homework: (await this.homework.listForSession(session.id)).map((h) => ({
        text: h.text,
        done: h.completed_at !== null,
      })),
      notes: audience === 'client' ? [] : await this.notesOf(session.id),
      noteHistory,
      transcript: audience === 'client' ? null : ((await this.content.transcript(session.id)) ?? null),
    };
    return { input, kinds: rows.map((r) => r.kind) };
  }

  private async notesOf(sessionId: string): Promise<ExportInput['notes']> {
    const out: ExportInput['notes'] = [];
    for (const note of await this.notes.listForSession(sessionId)) {
      out.push({
        format: note.format,
        signedAt: note.signed_at,
        sharedAt: note.shared_with_client_at,
        currentVersion: note.current_version,
        versions: (await this.notes.versions(note.id)).map((v) => ({
          version: v.version,
          createdAt: v.createdAt,
          sections: Object.entries(v.body),
        })),
      });
    }
    return out;
  }
}
