import type { Kysely, Selectable } from 'kysely';
import type { QuestionnaireKind } from '../questionnaires/questionnaire.scoring.ts';
import { asJson } from '../db/json.ts';
import type { DB } from '../db/schema.ts';

export type QuestionnaireRow = Selectable<DB['questionnaire_responses']>;
export type RiskFlagRow = Selectable<DB['risk_flags']>;

export class QuestionnaireRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Stores a response and, when it signals self-harm risk, the risk flag, in one transaction. */
  async record(input: {
    practiceId: string;
    clientId: string;
    kind: QuestionnaireKind;
    answers: number[];
    total: number;
    severity: string;
    riskDetail: string | null;
  }): Promise<{ response: QuestionnaireRow; flag: RiskFlagRow | undefined }> {
    return this.db.transaction().execute(async (trx) => {
      const response = await trx
        .insertInto('questionnaire_responses')
        .values({
          practice_id: input.practiceId,
          client_id: input.clientId,
          kind: input.kind,
          answers: asJson(input.answers),
          total: input.total,
          severity: input.severity,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      const flag = input.riskDetail
        ? await trx
            .insertInto('risk_flags')
            .values({
              practice_id: input.practiceId,
              client_id: input.clientId,
              source: input.kind,
              detail: input.riskDetail,
            })
            .returningAll()
            .executeTakeFirstOrThrow()
        : undefined;
      return { response, flag };
    });
  }

  listForClient(clientId: string): Promise<QuestionnaireRow[]> {
    return this.db
      .selectFrom('questionnaire_responses')
      .selectAll()
      .where('client_id', '=', clientId)
      .orderBy('created_at')
      .execute();
  }

  riskFlags(clientId: string): Promise<RiskFlagRow[]> {
    return this.db
      .selectFrom('risk_flags')
      .selectAll()
      .where('client_id', '=', clientId)
      .orderBy('created_at')
      .execute();
  }
}
