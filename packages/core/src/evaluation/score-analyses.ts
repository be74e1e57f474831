import { clientCodes, therapistCodes } from '../contracts/mi-skills.contract.ts';
import { sessionAnalysisSchema } from '../contracts/session-analysis.contract.ts';
import { binaryScores, classScores } from './classification-scores.ts';
import { moodCourseRows } from './mood-course.ts';
import type { LabelledResult, ScoreMiss, ScoreRow, Scorecard, ScoredSession } from './scorecard.ts';

const share = (hits: number, n: number): number | null => (n ? hits / n : null);
const atLeast = (value: number | null, min: number): boolean | null => (value === null ? null : value >= min);
const quotesOf = (flags: readonly { start: number; quote: string }[]) =>
  flags.map(({ start, quote }) => ({ start, quote }));

function topicRow(scored: ScoredSession[], misses: ScoreMiss[]): ScoreRow {
  const labelled = scored.filter((s) => s.labels.topics);
  let hits = 0;
  for (const { labels, analysis } of labelled) {
    const found = analysis.topics.map((t) => t.id);
    if (found.some((id) => labels.topics?.includes(id))) hits++;
    else
      misses.push({
        name: labels.name,
        measure: 'topics',
        expected: labels.topics?.join(', ') ?? '',
        found: found.join(', ') || 'none',
        quotes: [],
      });
  }
  const value = share(hits, labelled.length);
  return { measure: 'topic top-2 hit', n: labelled.length, value, target: '≥ 0.95', met: atLeast(value, 0.95) };
}

/** Macro-F1 of one speaker's codes; an utterance the analysis did not code counts as wrong. */
function codingRow(scored: ScoredSession[], codes: readonly string[], measure: string, min: number): ScoreRow {
  const gold: string[] = [];
  const predicted: string[] = [];
  for (const { labels, analysis } of scored)
    for (const u of labels.utterances ?? []) {
      if (!codes.includes(u.code)) continue;
      gold.push(u.code);
      predicted.push(analysis.miSkills.utterances.find((p) => p.segment === u.segment)?.code ?? 'uncoded');
    }
  const value = gold.length ? classScores(gold, predicted, codes).macro.f1 : null;
  return { measure, n: gold.length, value, target: `≥ ${min.toFixed(2)}`, met: atLeast(value, min) };
}

function riskRows(scored: ScoredSession[], misses: ScoreMiss[]): ScoreRow[] {
  const labelled = scored.filter((s) => s.labels.risk);
  for (const { labels, analysis } of labelled) {
    const { level, flags } = analysis.risk;
    if ((labels.risk === 'none') !== (level === 'none'))
      misses.push({
        name: labels.name,
        measure: labels.risk === 'none' ? 'risk: false flag' : 'risk: missed',
        expected: labels.risk ?? '',
        found: level,
        quotes: quotesOf(flags),
      });
  }
  const gold = labelled.map((s) => s.labels.risk !== 'none');
  const found = labelled.map((s) => s.analysis.risk.level !== 'none');
  const positives = gold.filter(Boolean).length;
  const flagged = found.filter(Boolean).length;
  const { precision, recall } = binaryScores(gold, found);
  const exact = labelled.filter((s) => s.labels.risk === s.analysis.risk.level).length;
  const recallValue = positives ? recall : null;
  const precisionValue = flagged ? precision : null;
  return [
    {
      measure: 'risk recall (session)',
      n: positives,
      value: recallValue,
      target: '≥ 0.95',
      met: atLeast(recallValue, 0.95),
    },
    {
      measure: 'risk precision (session)',
      n: flagged,
      value: precisionValue,
      target: '≥ 0.85',
      met: atLeast(precisionValue, 0.85),
    },
    {
      measure: 'risk level exactly right',
      n: labelled.length,
      value: share(exact, labelled.length),
      target: '',
      met: null,
    },
  ];
}

function breakthroughRows(scored: ScoredSession[], misses: ScoreMiss[]): ScoreRow[] {
  const found = scored.filter((s) => s.analysis.breakthrough !== null).length;
  const rate = share(found, scored.length);
  const labelled = scored.filter((s) => s.labels.breakthrough !== undefined);
  let agree = 0;
  for (const { labels, analysis } of labelled)
    if (labels.breakthrough === (analysis.breakthrough !== null)) agree++;
    else
      misses.push({
        name: labels.name,
        measure: 'breakthrough',
        expected: labels.breakthrough ? 'yes' : 'no',
        found: analysis.breakthrough ? 'yes' : 'no',
        quotes: quotesOf(analysis.breakthrough?.evidence ?? []),
      });
  return [
    {
      measure: 'sessions with a breakthrough',
      n: scored.length,
      value: rate,
      target: '< 0.50',
      met: rate === null ? null : rate < 0.5,
    },
    {
      measure: 'breakthrough agrees with label',
      n: labelled.length,
      value: share(agree, labelled.length),
      target: '',
      met: null,
    },
  ];
}

/**
 * Scores stored analyses against a reviewer's labels, measure by measure, against the targets the team set for
 * real transcripts. A failed or schema-invalid analysis counts against schema validity and is left out elsewhere.
 */
export function scoreAnalyses(results: readonly LabelledResult[]): Scorecard {
  const misses: ScoreMiss[] = [];
  const scored: ScoredSession[] = [];
  for (const r of results) {
    const parsed = 'failure' in r ? null : sessionAnalysisSchema.safeParse(r.analysis);
    if (parsed?.success) scored.push({ labels: r.labels, analysis: parsed.data });
    else
      misses.push({
        name: r.labels.name,
        measure: 'schema-valid output',
        expected: 'a valid session object',
        found: 'failure' in r ? r.failure : 'an object that does not match the session schema',
        quotes: [],
      });
  }
  const validShare = share(scored.length, results.length);
  const rows: ScoreRow[] = [
    topicRow(scored, misses),
    codingRow(scored, therapistCodes, 'therapist coding macro-F1 (4 codes)', 0.75),
    codingRow(scored, clientCodes, 'client talk-type macro-F1 (3 codes)', 0.55),
    ...riskRows(scored, misses),
    ...moodCourseRows(scored, misses),
    ...breakthroughRows(scored, misses),
    { measure: 'schema-valid output', n: results.length, value: validShare, target: '1.00', met: validShare === 1 },
  ];
  return { rows, misses };
}
