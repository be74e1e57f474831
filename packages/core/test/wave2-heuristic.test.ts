import { describe, expect, it } from 'vitest';
import { HEURISTIC_LABEL, heuristicProvider } from '../src/providers/analysis-provider.ts';
import { bridgeSchema } from '../src/wave2/contracts/bridge.contract.ts';
import { noteFormats, noteSections } from '../src/wave2/contracts/clinical-note.contract.ts';
import { narrativeSchema, paragraphsOf, wordCount } from '../src/wave2/contracts/narrative.contract.ts';
import { runClientRollup } from '../src/wave2/run-client-rollup.ts';
import { runWave2 } from '../src/wave2/run-wave2.ts';
import { course } from './support/wave2-fixtures.ts';

const sessions = course(12);

describe('heuristic Wave 2 (no language model)', () => {
  it('writes a 500–750 word, 5-paragraph, second-person narrative for every session of a course', async () => {
    for (let i = 0; i < sessions.length; i++) {
      const session = sessions[i];
      if (!session) throw new Error('fixture');
      const { narrative } = await runWave2({ session, history: sessions.slice(0, i), provider: heuristicProvider });
      const words = wordCount(narrative.value.text);
      expect(words, `session ${i + 1}`).toBeGreaterThanOrEqual(500);
      expect(words, `session ${i + 1}`).toBeLessThanOrEqual(750);
      expect(paragraphsOf(narrative.value.text)).toHaveLength(5);
      expect(narrative.value.text).toMatch(/\bYou\b/);
      expect(narrative.value.text).not.toMatch(/the client/i);
    }
  });

  it('labels every draft as automated without a language model and costs nothing', async () => {
    const result = await runWave2({
      session: sessions[5]!,
      history: sessions.slice(0, 5),
      provider: heuristicProvider,
    });
    for (const draft of [result.deepAnalysis, result.narrative, result.clinicalNote]) {
      expect(draft.label).toBe(HEURISTIC_LABEL);
      expect(draft.provider).toBe('heuristic');
    }
    expect(result.usage.map((u) => [u.task, u.provider, u.costUsd, u.outcome])).toEqual([
      ['deep_analysis', 'heuristic', 0, 'ok'],
      ['narrative', 'heuristic', 0, 'ok'],
      ['clinical_note', 'heuristic', 0, 'ok'],
    ]);
  });

  it('reads the session against its history: trend, recurring topics, skill level and last homework', async () => {
    const { deepAnalysis } = await runWave2({
      session: sessions[8]!,
      history: sessions.slice(0, 8),
      provider: heuristicProvider,
    });
    const d = deepAnalysis.value;
    expect(d.progressIndicators.symptomChange.direction).toBe('improving');
    expect(d.insights.patterns.join(' ')).toMatch(/Deadline pressure came up in 3 of 9 sessions/);
    expect(d.copingSkills[0]).toMatchObject({ name: 'Cognitive Restructuring', level: 'proficient' });
    expect(d.progressIndicators.goalProgress[0]).toMatchObject({
      goal: 'Write a thought record every evening',
      status: 'in_progress',
    });
    expect(d.therapeuticRelationship.alliance.evidence[0]?.quote).toMatch(/exactly|okay|try/i);

    const first = await runWave2({ session: sessions[0]!, history: [], provider: heuristicProvider });
    expect(first.deepAnalysis.value.progressIndicators.symptomChange.direction).toBe('first_session');
    expect(first.deepAnalysis.value.copingSkills[0]?.level).toBe('beginner');
  });

  it('drafts the clinical note in each format with that format’s sections', async () => {
    for (const format of noteFormats) {
      const { clinicalNote } = await runWave2({
        session: sessions[2]!,
        history: sessions.slice(0, 2),
        provider: heuristicProvider,
        noteFormat: format,
      });
      expect(clinicalNote.value.format).toBe(format);
      expect(Object.keys(clinicalNote.value).sort()).toEqual(['format', ...noteSections[format]].sort());
    }
  });

  it('rejects narratives that are too short, not in 5 paragraphs, or in the third person', () => {
    const short = narrativeSchema.safeParse({ text: 'You did well.\n\nYou tried.' });
    expect(short.success).toBe(false);
    expect(short.error?.message).toMatch(/500–750 words; it has 5/);
    expect(short.error?.message).toMatch(/5 paragraphs/);
    const third = narrativeSchema.safeParse({
      text: Array.from({ length: 5 }, () => 'the client spoke '.repeat(40)).join('\n\n'),
    });
    expect(third.error?.issues[0]?.message).toMatch(/"you", never "the client"/);
  });

  it('accepts bridge lines that start with "My" and refuses third-person or clinical ones', () => {
    const ok = {
      concerns: ['My sleep has been poor.'],
      progress: ['Me and my partner talk more.'],
      goals: ['I rest.'],
    };
    expect(bridgeSchema.safeParse(ok).success).toBe(true);
    const third = bridgeSchema.safeParse({ ...ok, concerns: ['The client sleeps poorly.'] });
    expect(third.error?.issues[0]?.message).toMatch(/first person/);
  });
});

describe('heuristic narrative around a breakthrough', () => {
  it("tells the client their breakthrough in their own words, not in the clinician's description", async () => {
    const base = sessions[1]!;
    const realised = base.transcript!.segments[3]!;
    const session = {
      ...base,
      analysis: {
        ...base.analysis,
        breakthrough: {
          label: 'Pattern linked to the past',
          description: 'Automated heuristic detection (not a language model): the client voiced a new understanding.',
          confidence: 0.85,
          start: realised.start,
          end: realised.end,
          evidence: [{ start: realised.start, end: realised.end, quote: realised.text }],
        },
      },
    };
    const { narrative } = await runWave2({ session, history: sessions.slice(0, 1), provider: heuristicProvider });
    expect(narrative.value.text).toContain('a new understanding (pattern linked to the past)');
    expect(narrative.value.text).toContain(`"${realised.text}"`);
    expect(narrative.value.text).not.toMatch(/the client|heuristic detection/i);
  });
});

describe('heuristic drafts around risk', () => {
  it('keeps risk statements and risk topics out of the client narrative, the bridge and the journey', async () => {
    const base = sessions[0]!;
    const quote = base.analysis.mood.evidence[0]!;
    const risky = {
      ...base,
      analysis: {
        ...base.analysis,
        topics: [{ id: 'suicidal_thoughts' as const, label: 'Suicidal thoughts', confidence: 0.9 }],
        risk: {
          level: 'moderate' as const,
          flags: [{ type: 'passive_suicidal_ideation' as const, severity: 'moderate' as const, ...quote }],
        },
      },
    };
    const { narrative, clinicalNote } = await runWave2({ session: risky, history: [], provider: heuristicProvider });
    expect(narrative.value.text).not.toContain(quote.quote.slice(0, 40));
    expect(JSON.stringify(clinicalNote.value)).toContain('passive suicidal ideation');
    const { bridge, journey, treatmentPlan } = await runClientRollup({
      sessions: [risky],
      previous: null,
      provider: heuristicProvider,
    });
    expect(JSON.stringify(bridge.value)).not.toMatch(/suicid/i);
    // The client reads the journey too; the clinician's treatment plan keeps the problem.
    expect(JSON.stringify(journey.value)).not.toMatch(/suicid/i);
    expect(journey.value.currentFocus).toBe('This week: Write a thought record every evening');
    expect(JSON.stringify(treatmentPlan.value)).toMatch(/Suicidal thoughts/);
  });
});

describe('heuristic client rollup', () => {
  it('drafts a plan whose goals link to later sessions, and a journey and bridge', async () => {
    const result = await runClientRollup({ sessions, previous: null, provider: heuristicProvider });
    const plan = result.treatmentPlan.value;
    expect(plan.problems[0]?.statement).toMatch(/Work anxiety \(raised in 8 of 12 sessions\)/);
    const g1 = plan.goals[0];
    expect(g1?.objectives[0]?.measure).toMatch(/mood score/i);
    // Progress links only sessions after the plan's first session that touched the goal's topic.
    expect(g1?.progress.map((p) => p.sessionId)).toEqual(['s02', 's04', 's05', 's07', 's08', 's10', 's11']);
    expect(result.journey.value.summary).toMatch(/Over 12 sessions since 2026-01-05/);
    expect(result.journey.value.achievements.join(' ')).toMatch(/Linked fear of failing to school/);
    for (const line of [...result.bridge.value.concerns, ...result.bridge.value.progress, ...result.bridge.value.goals])
      expect(line).toMatch(/\b(I|I'm|I've|my|me)\b/);
    expect(result.journey.label).toBe(HEURISTIC_LABEL);
  });

  it('keeps the previous plan and adds the new session to the goals it touched', async () => {
    const before = await runClientRollup({
      sessions: sessions.slice(0, 11),
      previous: null,
      provider: heuristicProvider,
    });
    const previous = {
      treatmentPlan: before.treatmentPlan.value,
      journey: before.journey.value,
      bridge: before.bridge.value,
    };
    const after = await runClientRollup({ sessions, previous, provider: heuristicProvider });
    expect(after.treatmentPlan.value.problems).toEqual(before.treatmentPlan.value.problems);
    const ids = after.treatmentPlan.value.goals.map((g) => g.progress.at(-1)?.sessionId);
    expect(ids).toContain('s12');
  });
});
