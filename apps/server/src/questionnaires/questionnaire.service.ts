import type { AuditRepository } from '../repositories/audit.repository.ts';
import type {
  QuestionnaireRepository,
  QuestionnaireRow,
  RiskFlagRow,
} from '../repositories/questionnaire.repository.ts';
import type { ClientService } from '../services/clients/client.service.ts';
import type { RequestContext } from '../services/request-context.ts';
import { trendDirection, type TrendDirection } from '../services/progress/trend.ts';
import { scoreQuestionnaire, type QuestionnaireKind } from './questionnaire.scoring.ts';

export interface QuestionnaireTrend {
  kind: QuestionnaireKind;
  points: { at: string; total: number; severity: string }[];
  direction: TrendDirection;
}

/** Questionnaire totals move by whole points; under half a point per response is noise. */
const FLAT_SLOPE = 0.5;

export class QuestionnaireService {
  constructor(
    private readonly repo: QuestionnaireRepository,
    private readonly clients: ClientService,
    private readonly audit: AuditRepository,
    private readonly onRiskFlag: (flag: RiskFlagRow) => Promise<void>,
  ) {}

  /** Scores and stores a response; a positive PHQ-9 item 9 raises a risk flag for the clinician. */
  async submit(
    ctx: RequestContext,
    clientId: string,
    kind: QuestionnaireKind,
    answers: number[],
  ): Promise<{ response: QuestionnaireRow; riskFlagged: boolean }> {
    const client = await this.clients.require(ctx, clientId);
    const score = scoreQuestionnaire(kind, answers);
    const { response, flag } = await this.repo.record({
      practiceId: client.practice_id,
      clientId,
      kind,
      answers,
      total: score.total,
      severity: score.severity,
      riskDetail: score.selfHarmRisk
        ? `PHQ-9 item 9 (thoughts of self-harm) answered ${answers[8]} of 3; total ${score.total} (${score.severity}).`
        : null,
    });
    await this.audit.record(ctx.actor, ctx.origin, {
      action: 'questionnaire.submit',
      resourceType: 'client',
      resourceId: clientId,
      details: { kind, responseId: response.id, riskFlagged: flag !== undefined },
    });
    if (flag) await this.onRiskFlag(flag);
    return { response, riskFlagged: flag !== undefined };
  }

  async trends(ctx: RequestContext, clientId: string): Promise<QuestionnaireTrend[]> {
    await this.clients.require(ctx, clientId);
    const rows = await this.repo.listForClient(clientId);
    await this.audit.record(ctx.actor, ctx.origin, {
      action: 'questionnaire.read',
      resourceType: 'client',
      resourceId: clientId,
    });
    return (['phq9', 'gad7'] as const).map((kind) => {
      const mine = rows.filter((r) => r.kind === kind);
      return {
        kind,
        points: mine.map((r) => ({ at: r.created_at.toISOString(), total: r.total, severity: r.severity })),
        direction: trendDirection(
          mine.map((r) => ({ at: r.created_at.toISOString(), value: r.total })),
          false,
          FLAT_SLOPE,
        ),
      };
    });
  }

  async riskFlags(ctx: RequestContext, clientId: string): Promise<RiskFlagRow[]> {
    await this.clients.require(ctx, clientId);
    const rows = await this.repo.riskFlags(clientId);
    await this.audit.record(ctx.actor, ctx.origin, {
      action: 'risk.read',
      resourceType: 'client',
      resourceId: clientId,
    });
    return rows;
  }
}
