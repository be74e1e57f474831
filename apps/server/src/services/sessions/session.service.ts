import type { AuditRepository } from '../../repositories/audit.repository.ts';
import type { ClientRepository } from '../../repositories/client.repository.ts';
import type { AnalysisJson, ClinicalContentRepository } from '../../repositories/clinical-content.repository.ts';
import type { SessionListFilter, SessionRepository, SessionRow } from '../../repositories/session.repository.ts';
import { badRequest, conflict, notFound } from '../../routes/http-error.ts';
import { STAGE_NAMES, type StageName } from '../../jobs/pipeline.ts';
import type { RequestContext } from '../request-context.ts';
import type { StoredFiles } from '../storage/stored-files.ts';

/** Analysis kinds a client may read about their own session; everything else is clinician-only. */
export const CLIENT_FACING_KINDS = ['summary', 'action_items', 'narrative'] as const;

export class SessionService {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly clients: ClientRepository,
    private readonly content: ClinicalContentRepository,
    private readonly audit: AuditRepository,
    private readonly files: StoredFiles,
  ) {}

  /** Session list: metadata only (no clinical content), so it is not audited row by row. */
  list(ctx: RequestContext, filter: SessionListFilter): Promise<SessionRow[]> {
    return this.sessions.listVisible(ctx.actor, filter);
  }

  async require(ctx: RequestContext, id: string): Promise<SessionRow> {
    const row = await this.sessions.findVisible(ctx.actor, id);
    if (!row) throw notFound('session');
    return row;
  }

  async get(ctx: RequestContext, id: string): Promise<SessionRow> {
    const row = await this.require(ctx, id);
    await this.audit.record(ctx.actor, ctx.origin, { action: 'session.read', resourceType: 'session', resourceId: id });
    return row;
  }

  async create(
    ctx: RequestContext,
    input: { clientId: string; sessionDate: string; sourceKind: 'audio' | 'transcript' },
  ) {
    const client = await this.clients.findVisible(ctx.actor, input.clientId);
    if (!client) throw notFound('client');
    if (client.archived_at) throw conflict('the client is archived; unarchive them to add sessions');
    const row = await this.sessions.insert({
      practiceId: ctx.actor.practiceId,
      clientId: client.id,
      clinicianId: client.clinician_id,
      sessionDate: input.sessionDate,
      sourceKind: input.sourceKind,
    });
    await this.audit.record(ctx.actor, ctx.origin, {
      action: 'session.create',
      resourceType: 'session',
      resourceId: row.id,
    });
    return row;
  }

  async update(ctx: RequestContext, id: string, input: { sessionDate?: string | undefined }) {
    await this.require(ctx, id);
    const row = await this.sessions.update(id, input.sessionDate ? { session_date: input.sessionDate } : {});
    await this.audit.record(ctx.actor, ctx.origin, {
      action: 'session.update',
      resourceType: 'session',
      resourceId: id,
    });
    return row;
  }

  /** Deletes the session's rows, its recording (unless another session shares the file) and its checkpoints. */
  async delete(ctx: RequestContext, id: string): Promise<void> {
    const row = await this.require(ctx, id);
    await this.audit.record(ctx.actor, ctx.origin, {
      action: 'session.delete',
      resourceType: 'session',
      resourceId: id,
    });
    const paths = await this.sessions.delete(id);
    await this.files.removeUnreferenced(row.practice_id, paths);
    await this.files.removeCheckpoints([id]);
  }

  /** Analyses of a session (payloads as JSON text); a client gets only the client-facing kinds. */
  async analyses(ctx: RequestContext, id: string): Promise<AnalysisJson[]> {
    const kinds = ctx.actor.role === 'client' ? CLIENT_FACING_KINDS : undefined;
    const rows = await this.content.visibleAnalysesJson(ctx.actor, id, kinds);
    if (!rows) throw notFound('session');
    await this.audit.record(ctx.actor, ctx.origin, {
      action: 'analysis.read',
      resourceType: 'session',
      resourceId: id,
      details: { kinds: rows.map((r) => r.kind) },
    });
    return rows;
  }

  async transcript(ctx: RequestContext, id: string) {
    await this.require(ctx, id);
    const t = await this.content.transcript(id);
    if (!t) throw notFound('transcript');
    await this.audit.record(ctx.actor, ctx.origin, {
      action: 'transcript.read',
      resourceType: 'session',
      resourceId: id,
    });
    return t;
  }

  async rerun(ctx: RequestContext, id: string, stage: string): Promise<void> {
    const row = await this.require(ctx, id);
    if (!isStage(stage)) throw badRequest(`stage must be one of: ${STAGE_NAMES.join(', ')}`);
    if (stage === 'transcribe' && row.source_kind !== 'audio') {
      throw badRequest('this session has no recording to transcribe');
    }
    if (row.status === 'draft') throw conflict('upload audio or a transcript before re-running a stage');
    await this.audit.record(ctx.actor, ctx.origin, {
      action: 'session.rerun',
      resourceType: 'session',
      resourceId: id,
      details: { stage },
    });
    await this.sessions.rerun(id, stage, ctx.origin.requestId);
  }
}

function isStage(stage: string): stage is StageName {
  return (STAGE_NAMES as readonly string[]).includes(stage);
}
