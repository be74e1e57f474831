import type { AuditRepository } from '../repositories/audit.repository.ts';
import type { HomeworkRepository, HomeworkRow } from '../repositories/homework.repository.ts';
import { notFound } from '../routes/http-error.ts';
import type { RequestContext } from './request-context.ts';
import type { SessionService } from './sessions/session.service.ts';

/** Homework from sessions; clinicians add items, the client checks them off. */
export class HomeworkService {
  constructor(
    private readonly homework: HomeworkRepository,
    private readonly sessions: SessionService,
    private readonly audit: AuditRepository,
  ) {}

  async list(ctx: RequestContext, sessionId: string): Promise<HomeworkRow[]> {
    await this.sessions.require(ctx, sessionId);
    const rows = await this.homework.listForSession(sessionId);
    await this.audit.record(ctx.actor, ctx.origin, {
      action: 'homework.read',
      resourceType: 'session',
      resourceId: sessionId,
    });
    return rows;
  }

  async add(ctx: RequestContext, sessionId: string, text: string): Promise<HomeworkRow> {
    const s = await this.sessions.require(ctx, sessionId);
    const row = await this.homework.add({ practiceId: s.practice_id, sessionId, clientId: s.client_id, text });
    await this.audit.record(ctx.actor, ctx.origin, {
      action: 'homework.create',
      resourceType: 'homework',
      resourceId: row.id,
    });
    return row;
  }

  async setCompleted(ctx: RequestContext, id: string, done: boolean): Promise<HomeworkRow> {
    const item = await this.homework.findInPractice(ctx.actor.practiceId, id);
    if (!item) throw notFound('homework item');
    await this.sessions.require(ctx, item.session_id).catch(() => {
      throw notFound('homework item');
    });
    const row = await this.homework.setCompleted(id, done);
    const action = done ? 'homework.complete' : 'homework.reopen';
    await this.audit.record(ctx.actor, ctx.origin, { action, resourceType: 'homework', resourceId: id });
    return row;
  }
}
