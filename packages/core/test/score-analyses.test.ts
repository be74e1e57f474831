import { beforeAll, describe, expect, it } from 'vitest';
import {
  analyzeTranscript,
  formatScorecard,
  scoreAnalyses,
  type LabelledResult,
  type SessionAnalysis,
  type SessionLabels,
} from '../src/index.ts';
import { session } from './support/session.ts';

let base: SessionAnalysis;

beforeAll(async () => {
  base = await analyzeTranscript(
    await session(
      'Therapist: How has the week been?',
      "Client: Honestly it's been rough. I've had a few drinks most nights to get to sleep.",
      'Therapist: The drinking has crept up as a way to get some rest.',
      "Client: Yeah. I'd like to cut back before it gets worse.",
    ),
    { embeddingWordBudget: 0 },
  );
});

/** The base analysis with the parts a case needs changed, labelled as given. */
function result(labels: SessionLabels, change: Partial<SessionAnalysis> = {}): LabelledResult {
  return { labels, analysis: { ...structuredClone(base), ...change } };
}
const mood = (score: number): SessionAnalysis['mood'] => ({ ...base.mood, score });
const row = (card: ReturnType<typeof scoreAnalyses>, measure: string) => card.rows.find((r) => r.measure === measure);

describe('scoring analyses against labels', () => {
  it('counts a topic hit when a labelled topic is among those found, and lists the miss', () => {
    const found = base.topics.map((t) => t.id);
    const card = scoreAnalyses([
      result({ name: 'hit', topics: [found[0]!] }),
      result({ name: 'miss', topics: ['grief'] }),
    ]);
    expect(row(card, 'topic top-2 hit')).toMatchObject({ n: 2, value: 0.5, met: false });
    expect(card.misses).toContainEqual(expect.objectContaining({ name: 'miss', measure: 'topics', expected: 'grief' }));
  });

  it('scores risk at session level: a missed session costs recall, a false flag costs precision and shows its quote', () => {
    const flagged: SessionAnalysis['risk'] = {
      level: 'moderate',
      flags: [{ type: 'self_harm', severity: 'moderate', start: 6, end: 12, quote: 'I cut myself again.' }],
    };
    const card = scoreAnalyses([
      result({ name: 'found', risk: 'high' }, { risk: flagged }),
      result({ name: 'missed', risk: 'low' }),
      result({ name: 'false-flag', risk: 'none' }, { risk: flagged }),
      result({ name: 'quiet', risk: 'none' }),
    ]);
    expect(row(card, 'risk recall (session)')).toMatchObject({ n: 2, value: 0.5, met: false });
    expect(row(card, 'risk precision (session)')).toMatchObject({ n: 2, value: 0.5, met: false });
    expect(row(card, 'risk level exactly right')).toMatchObject({ n: 4, value: 0.25 });
    const falseFlag = card.misses.find((m) => m.name === 'false-flag');
    expect(falseFlag).toMatchObject({ measure: 'risk: false flag', expected: 'none', found: 'moderate' });
    expect(falseFlag?.quotes).toEqual([{ start: 6, quote: 'I cut myself again.' }]);
  });

  it('follows mood across a client’s sessions in time order and checks the crisis and thriving anchors', () => {
    const card = scoreAnalyses([
      result({ name: 'b', client: 'c1', order: 2, mood: 'mid' }, { mood: mood(5) }),
      result({ name: 'a', client: 'c1', order: 1, mood: 'crisis' }, { mood: mood(3) }),
      result({ name: 'c', client: 'c1', order: 3, mood: 'thriving' }, { mood: mood(6.5) }),
    ]);
    expect(row(card, 'mood moves with the labelled course')).toMatchObject({ n: 2, value: 1 });
    expect(row(card, 'crisis sessions scored crisis')).toMatchObject({ n: 1, value: 1, met: true });
    expect(row(card, 'thriving sessions scored thriving')).toMatchObject({ n: 1, value: 0, met: false });
    expect(row(card, 'mood in labelled band')).toMatchObject({ n: 3, value: 2 / 3 });
    expect(card.misses).toContainEqual(expect.objectContaining({ name: 'c', measure: 'mood', found: '6.5' }));
  });

  it('counts an utterance the analysis did not code as wrong in the coding F1', () => {
    const coded = base.miSkills.utterances;
    const gold = coded.map((u) => ({ segment: u.segment, code: u.code }));
    const perfect = scoreAnalyses([result({ name: 's', utterances: gold })]);
    const therapist = row(perfect, 'therapist coding macro-F1 (4 codes)');
    expect(therapist?.n).toBe(gold.filter((u) => ['reflection', 'question', 'input', 'other'].includes(u.code)).length);
    const uncoded = scoreAnalyses([
      result({ name: 's', utterances: gold }, { miSkills: { ...base.miSkills, utterances: coded.slice(1) } }),
    ]);
    expect(row(uncoded, 'therapist coding macro-F1 (4 codes)')?.value).toBeLessThan(therapist?.value ?? 0);
  });

  it('counts failed and schema-invalid analyses against schema validity and leaves them out of the rest', () => {
    const card = scoreAnalyses([
      result({ name: 'ok', risk: 'none' }),
      { labels: { name: 'failed', risk: 'high' }, failure: 'analysis failed: only one speaker' },
      { labels: { name: 'broken', risk: 'none' }, analysis: { ...base, schemaVersion: 2 } },
    ]);
    expect(row(card, 'schema-valid output')).toMatchObject({ n: 3, value: 1 / 3, met: false });
    expect(row(card, 'risk level exactly right')?.n).toBe(1);
    expect(row(card, 'sessions with a breakthrough')?.target).toBe('< 0.50');
    const report = formatScorecard(card, 3);
    expect(report).toContain('| schema-valid output | 3 | 0.333 | 1.00 | NOT MET |');
    expect(report).toContain(
      'failed: schema-valid output: expected a valid session object, found analysis failed: only one speaker',
    );
    expect(report).toContain('| topic top-2 hit | 0 | – | ≥ 0.95 |  |');
  });
});
