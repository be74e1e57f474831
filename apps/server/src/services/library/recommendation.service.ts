import { topicTaxonomy, type ActionItem, type Topic } from '@insession/core';
import { clientContextFromSessions, recommendPages, type SessionSignals } from '@insession/crawler/recommend';
import type { AuditRepository } from '../../repositories/audit.repository.ts';
import { toStoredPage } from '../../repositories/db-crawl.store.ts';
import type { ClinicalContentRepository } from '../../repositories/clinical-content.repository.ts';
import type { HomeworkRepository } from '../../repositories/homework.repository.ts';
import type { LibraryRepository } from '../../repositories/library.repository.ts';
import type { RecommendationRepository, RecommendationRow } from '../../repositories/recommendation.repository.ts';
import type { SessionRepository, SessionRow } from '../../repositories/session.repository.ts';
import { notFound } from '../../routes/http-error.ts';
import type { ClientService } from '../clients/client.service.ts';
import type { RequestContext } from '../request-context.ts';
import type { SessionService } from '../sessions/session.service.ts';

/** Sessions (this one and earlier) whose topics and homework shape the recommendations. */
const CONTEXT_SESSIONS = 5;
const PROPOSALS_PER_SESSION = 5;

/**
 * Library pages recommended to a client from their sessions' topics and homework. The clinician approves or
 * dismisses each proposal; the client only ever sees approved ones.
 */
export class RecommendationService {
  constructor(
    private readonly deps: {
      recommendations: RecommendationRepository;
      library: LibraryRepository;
      sessions: SessionService;
      sessionRows: SessionRepository;
      clients: ClientService;
      content: ClinicalContentRepository;
      homework: HomeworkRepository;
      audit: AuditRepository;
    },
  ) {}

  async forSession(ctx: RequestContext, sessionId: string): Promise<RecommendationRow[]> {
    await this.deps.sessions.require(ctx, sessionId);
    const rows = await this.deps.recommendations.listForSession(sessionId);
    await this.audit(ctx, 'recommendation.read', 'session', sessionId);
    return rows;
  }

  /** Ranks the library for the session's client and stores the best pages not yet put to them as proposals. */
  async propose(ctx: RequestContext, sessionId: string): Promise<RecommendationRow[]> {
    const session = await this.deps.sessions.require(ctx, sessionId);
    const context = clientContextFromSessions(await this.signals(ctx, session));
    const pages = await this.deps.library.pagesForRecommending(session.practice_id);
    const already = await this.deps.recommendations.pageIdsForClient(session.client_id);
    const idByUrl = new Map(pages.map((p) => [p.canonical_url, p.id]));
    const ranked = recommendPages(context, pages.map(toStoredPage), {
      taxonomy: topicTaxonomy,
      limit: PROPOSALS_PER_SESSION,
      exclude: pages.filter((p) => already.has(p.id)).map((p) => p.canonical_url),
    });
    await this.deps.recommendations.insertProposed(
      session,
      ranked.flatMap((r) => {
        const pageId = idByUrl.get(r.canonicalUrl);
        return pageId ? [{ pageId, score: r.score, reasons: r.reasons }] : [];
      }),
    );
    await this.audit(ctx, 'recommendation.propose', 'session', sessionId, { proposed: ranked.length });
    return this.deps.recommendations.listForSession(sessionId);
  }

  async decide(ctx: RequestContext, id: string, status: 'approved' | 'dismissed'): Promise<RecommendationRow> {
    const rec = await this.deps.recommendations.findInPractice(ctx.actor.practiceId, id);
    if (!rec) throw notFound('recommendation');
    await this.deps.sessions.require(ctx, rec.session_id).catch(() => {
      throw notFound('recommendation');
    });
    await this.deps.recommendations.decide(id, status, ctx.actor.userId);
    await this.audit(ctx, `recommendation.${status === 'approved' ? 'approve' : 'dismiss'}`, 'recommendation', id);
    const updated = await this.deps.recommendations.findInPractice(ctx.actor.practiceId, id);
    if (!updated) throw notFound('recommendation');
    return updated;
  }

  /** The pages a clinician approved for this client (what the client portal shows). */
  async approvedForClient(ctx: RequestContext, clientId: string) {
    await this.deps.clients.require(ctx, clientId);
    const rows = await this.deps.recommendations.listApprovedForClient(clientId);
    await this.audit(ctx, 'recommendation.read', 'client', clientId);
    return rows;
  }

  // Topics and homework of this session and the ones before it, newest first.
  private async signals(ctx: RequestContext, session: SessionRow): Promise<SessionSignals[]> {
    const sessions = (await this.deps.sessionRows.listVisible(ctx.actor, { clientId: session.client_id, limit: 100 }))
      .filter((s) => s.session_date <= session.session_date)
      .slice(0, CONTEXT_SESSIONS);
    return Promise.all(
      sessions.map(async (s) => {
        const parts = await this.deps.content.analyses(s.id, ['topics', 'action_items']);
        const payload = (kind: string) =>
          (parts.find((p) => p.kind === kind)?.payload ?? {}) as Record<string, unknown>;
        const topics = (payload('topics')['topics'] ?? []) as Topic[];
        const generated = (payload('action_items')['actionItems'] ?? []) as ActionItem[];
        const added = (await this.deps.homework.listForSession(s.id)).map((h) => ({ text: h.text, start: 0, end: 0 }));
        const texts = new Set(generated.map((a) => a.text));
        return { topics, actionItems: [...generated, ...added.filter((a) => !texts.has(a.text))] };
      }),
    );
  }

  private audit(
    ctx: RequestContext,
    action: string,
    resourceType: string,
    resourceId: string,
    details?: Record<string, number>,
  ): Promise<void> {
    return this.deps.audit.record(ctx.actor, ctx.origin, {
      action,
      resourceType,
      resourceId,
      ...(details ? { details } : {}),
    });
  }
}
