import type { AuditRepository } from '../../repositories/audit.repository.ts';
import type { ClinicalContentRepository } from '../../repositories/clinical-content.repository.ts';
import type { SessionRepository } from '../../repositories/session.repository.ts';
import type { QuestionnaireService, QuestionnaireTrend } from '../../questionnaires/questionnaire.service.ts';
import type { ClientService } from '../clients/client.service.ts';
import type { RequestContext } from '../request-context.ts';
import { attendance, trendDirection, type Attendance, type TrendDirection, type TrendPoint } from './trend.ts';

export interface SkillPoint {
  at: string;
  sessionId: string;
  reflectionToQuestionRatio: number;
  percentOpenQuestions: number;
}

export interface ProgressReport {
  mood: { points: (TrendPoint & { sessionId: string })[]; direction: TrendDirection };
  /** The clinician's MI skill metrics per session (reflections per question, share of open questions). */
  skills: SkillPoint[];
  questionnaires: QuestionnaireTrend[];
  attendance: Attendance;
}

/** Mood moves in 0.5 steps on a 0–10 scale; a drift under 0.15 per session is treated as stable. */
const MOOD_FLAT_SLOPE = 0.15;

/** A client's progress across sessions, from stored analyses, questionnaires and real session dates. */
export class ProgressService {
  constructor(
    private readonly clients: ClientService,
    private readonly sessions: SessionRepository,
    private readonly content: ClinicalContentRepository,
    private readonly questionnaires: QuestionnaireService,
    private readonly audit: AuditRepository,
  ) {}

  async report(ctx: RequestContext, clientId: string): Promise<ProgressReport> {
    await this.clients.require(ctx, clientId);
    const sessions = (await this.sessions.listVisible(ctx.actor, { clientId, limit: 10_000 })).reverse();
    const points: (TrendPoint & { sessionId: string })[] = [];
    const skills: SkillPoint[] = [];
    for (const s of sessions) {
      const rows = await this.content.analyses(s.id, ['mood', 'mi_skills']);
      const mood = rows.find((r) => r.kind === 'mood')?.payload as { mood?: { score?: unknown } } | undefined;
      if (typeof mood?.mood?.score === 'number')
        points.push({ at: s.session_date, value: mood.mood.score, sessionId: s.id });
      const mi = (
        rows.find((r) => r.kind === 'mi_skills')?.payload as { miSkills?: Record<string, unknown> } | undefined
      )?.miSkills;
      const ratio = mi?.['reflectionToQuestionRatio'];
      const open = mi?.['percentOpenQuestions'];
      if (typeof ratio === 'number' && typeof open === 'number') {
        skills.push({
          at: s.session_date,
          sessionId: s.id,
          reflectionToQuestionRatio: ratio,
          percentOpenQuestions: open,
        });
      }
    }
    await this.audit.record(ctx.actor, ctx.origin, {
      action: 'progress.read',
      resourceType: 'client',
      resourceId: clientId,
    });
    return {
      mood: { points, direction: trendDirection(points, true, MOOD_FLAT_SLOPE) },
      skills,
      questionnaires: await this.questionnaires.trends(ctx, clientId),
      attendance: attendance(sessions.map((s) => new Date(`${s.session_date}T00:00:00Z`))),
    };
  }
}
