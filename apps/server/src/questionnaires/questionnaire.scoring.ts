import { z } from 'zod';

export const QUESTIONNAIRE_KINDS = ['phq9', 'gad7'] as const;
export type QuestionnaireKind = (typeof QUESTIONNAIRE_KINDS)[number];

const ITEM_COUNT: Record<QuestionnaireKind, number> = { phq9: 9, gad7: 7 };

// Published cut-offs (Kroenke 2001 for PHQ-9, Spitzer 2006 for GAD-7): [lowest total, label].
const BANDS: Record<QuestionnaireKind, ReadonlyArray<readonly [number, string]>> = {
  phq9: [
    [20, 'severe'],
    [15, 'moderately severe'],
    [10, 'moderate'],
    [5, 'mild'],
    [0, 'minimal'],
  ],
  gad7: [
    [15, 'severe'],
    [10, 'moderate'],
    [5, 'mild'],
    [0, 'minimal'],
  ],
};

/** Each item is answered 0 ("not at all") to 3 ("nearly every day"). */
export function answersSchema(kind: QuestionnaireKind) {
  const n = ITEM_COUNT[kind];
  return z
    .array(z.number().int().min(0).max(3))
    .length(n, { message: `${kind === 'phq9' ? 'PHQ-9' : 'GAD-7'} needs exactly ${n} answers` });
}

export interface QuestionnaireScore {
  total: number;
  severity: string;
  /** PHQ-9 item 9 (thoughts of self-harm) answered above "not at all". */
  selfHarmRisk: boolean;
}

export function scoreQuestionnaire(kind: QuestionnaireKind, answers: readonly number[]): QuestionnaireScore {
  const total = answers.reduce((a, b) => a + b, 0);
  const severity = BANDS[kind].find(([min]) => total >= min)?.[1] ?? 'minimal';
  const selfHarmRisk = kind === 'phq9' && (answers[8] ?? 0) > 0;
  return { total, severity, selfHarmRisk };
}
