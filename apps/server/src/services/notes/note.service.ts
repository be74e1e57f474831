import type { NoteFormat } from '../../db/enums.ts';
import type { AuditRepository } from '../../repositories/audit.repository.ts';
import type { NoteBody, NoteRepository, NoteRow, NoteVersion } from '../../repositories/note.repository.ts';
import { conflict, notFound } from '../../routes/http-error.ts';
import type { RequestContext } from '../request-context.ts';
import type { SessionService } from '../sessions/session.service.ts';

export interface NoteView {
  note: NoteRow;
  current: NoteVersion | undefined;
  versions: NoteVersion[] | undefined;
}

// Clinical notes: every edit is a new version, signing locks the note, and a client sees a note only once a
// clinician has shared it with them.
export class NoteService {
  constructor(
    private readonly notes: NoteRepository,
    private readonly sessions: SessionService,
    private readonly audit: AuditRepository,
  ) {}

  async list(ctx: RequestContext, sessionId: string): Promise<NoteView[]> {
    await this.sessions.require(ctx, sessionId);
    let rows = await this.notes.listForSession(sessionId);
    if (ctx.actor.role === 'client') rows = rows.filter((n) => n.shared_with_client_at !== null);
    const views: NoteView[] = [];
    for (const note of rows) {
      const versions = await this.notes.versions(note.id);
      views.push({
        note,
        current: versions.find((v) => v.version === note.current_version),
        versions: ctx.actor.role === 'client' ? undefined : versions,
      });
    }
    await this.audit.record(ctx.actor, ctx.origin, {
      action: 'note.read',
      resourceType: 'session',
      resourceId: sessionId,
      details: { notes: views.map((v) => v.note.id) },
    });
    return views;
  }

  /** Creates a note from a draft body (e.g. the generated draft the clinician reviewed). */
  async create(
    ctx: RequestContext,
    sessionId: string,
    input: { format: NoteFormat; body: NoteBody },
  ): Promise<NoteView> {
    const session = await this.sessions.require(ctx, sessionId);
    const note = await this.notes.create({
      practiceId: session.practice_id,
      sessionId,
      clientId: session.client_id,
      format: input.format,
      body: input.body,
      editedBy: ctx.actor.userId,
    });
    await this.audit.record(ctx.actor, ctx.origin, {
      action: 'note.create',
      resourceType: 'note',
      resourceId: note.id,
    });
    return this.view(note);
  }

  async edit(ctx: RequestContext, noteId: string, body: NoteBody): Promise<NoteView> {
    const existing = await this.require(ctx, noteId);
    if (existing.signed_at) throw conflict('the note is signed and can no longer be edited');
    const note = await this.notes.edit(noteId, body, ctx.actor.userId);
    if (!note) throw conflict('the note is signed and can no longer be edited');
    await this.audit.record(ctx.actor, ctx.origin, {
      action: 'note.edit',
      resourceType: 'note',
      resourceId: noteId,
      details: { version: note.current_version },
    });
    return this.view(note);
  }

  async sign(ctx: RequestContext, noteId: string): Promise<NoteView> {
    await this.require(ctx, noteId);
    const note = await this.notes.sign(noteId, ctx.actor.userId);
    if (!note) throw conflict('the note is already signed');
    await this.audit.record(ctx.actor, ctx.origin, { action: 'note.sign', resourceType: 'note', resourceId: noteId });
    return this.view(note);
  }

  async share(ctx: RequestContext, noteId: string, shared: boolean): Promise<NoteView> {
    await this.require(ctx, noteId);
    const note = await this.notes.setShared(noteId, shared);
    const action = shared ? 'note.share' : 'note.unshare';
    await this.audit.record(ctx.actor, ctx.origin, { action, resourceType: 'note', resourceId: noteId });
    return this.view(note);
  }

  private async require(ctx: RequestContext, noteId: string): Promise<NoteRow> {
    const note = await this.notes.findInPractice(ctx.actor.practiceId, noteId);
    if (!note) throw notFound('note');
    await this.sessions.require(ctx, note.session_id).catch(() => {
      throw notFound('note');
    });
    return note;
  }

  private async view(note: NoteRow): Promise<NoteView> {
    const versions = await this.notes.versions(note.id);
    return { note, current: versions.find((v) => v.version === note.current_version), versions };
  }
}
