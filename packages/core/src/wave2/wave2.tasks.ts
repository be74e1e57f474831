import { topicIds } from '../taxonomy/topic-taxonomy.ts';
import { noteSchemaFor, noteSections } from './contracts/clinical-note.contract.ts';
import { deepAnalysisSchema } from './contracts/deep-analysis.contract.ts';
import { narrativeSchema } from './contracts/narrative.contract.ts';
import { bridgeSchema } from './contracts/bridge.contract.ts';
import { journeySchema } from './contracts/journey.contract.ts';
import { treatmentPlanSchema, type TreatmentPlan } from './contracts/treatment-plan.contract.ts';
import { compactHistory, renderHistory } from './history-compaction.ts';
import { composeBridge, type BridgeInput } from './heuristic/bridge.composer.ts';
import { composeClinicalNote, type NoteInput } from './heuristic/clinical-note.composer.ts';
import { composeDeepAnalysis } from './heuristic/deep-analysis.composer.ts';
import { composeJourney, type JourneyInput } from './heuristic/journey.composer.ts';
import { composeNarrative, type NarrativeInput } from './heuristic/narrative.composer.ts';
import { composeTreatmentPlan, type PlanInput } from './heuristic/treatment-plan.composer.ts';
import type { TaskSpec } from './run-task.ts';
import { byDate, type SessionRecord } from './session-record.ts';
import { renderFindings, renderTranscript } from './session-render.ts';

/** Progress entries shown to a model per goal; older ones are merged back in code (see `mergePlanProgress`). */
const PROMPT_PROGRESS_ENTRIES = 2;

function transcriptOf(session: SessionRecord): string {
  if (!session.transcript) throw new Error(`session ${session.id}: Wave 2 needs the transcript`);
  return renderTranscript(session.transcript);
}

const latestOf = (sessions: SessionRecord[]): SessionRecord => {
  const latest = [...sessions].sort(byDate).at(-1);
  if (!latest) throw new Error('a client rollup needs at least one analysed session');
  return latest;
};
const earlierThan = (sessions: SessionRecord[], latest: SessionRecord) => sessions.filter((s) => s.id !== latest.id);

export const deepAnalysisTask: TaskSpec<
  typeof deepAnalysisSchema,
  { session: SessionRecord; history: SessionRecord[] }
> = {
  task: 'deep_analysis',
  template: 'deep-analysis',
  schema: () => deepAnalysisSchema,
  context: ({ session }) => transcriptOf(session),
  vars: ({ session, history }) => ({
    history: renderHistory(compactHistory(history)),
    findings: renderFindings(session.analysis),
  }),
  compose: composeDeepAnalysis,
};

export const narrativeTask: TaskSpec<typeof narrativeSchema, NarrativeInput> = {
  task: 'narrative',
  template: 'narrative',
  schema: () => narrativeSchema,
  // Risk statements stay with the clinician: the client-facing narrative never sees them.
  vars: ({ session, deep }) => ({
    findings: renderFindings(session.analysis, { risk: false }),
    // Relationship evidence quotes the session verbatim and may include a risk statement: left out too.
    deep: JSON.stringify({
      progress: deep.progressIndicators,
      insights: deep.insights,
      copingSkills: deep.copingSkills,
    }),
  }),
  compose: composeNarrative,
};

export const clinicalNoteTask: TaskSpec<(typeof noteSchemaFor)[keyof typeof noteSchemaFor], NoteInput> = {
  task: 'clinical_note',
  template: 'clinical-note',
  schema: ({ format }) => noteSchemaFor[format],
  // No transcript: the findings and the deep analysis carry the quotes, which keeps a session within budget.
  vars: ({ session, deep, format }) => ({
    format,
    sections: noteSections[format].join(', '),
    findings: renderFindings(session.analysis),
    deep: JSON.stringify({
      progress: deep.progressIndicators,
      relationship: deep.therapeuticRelationship,
      recommendations: deep.recommendations,
    }),
  }),
  compose: composeClinicalNote,
};

/** A plan as a model sees it: the newest progress entries per goal only, so the prompt stays bounded. */
const trimmedPlan = (plan: TreatmentPlan): TreatmentPlan => ({
  ...plan,
  goals: plan.goals.map((g) => ({ ...g, progress: g.progress.slice(-PROMPT_PROGRESS_ENTRIES) })),
});

export const treatmentPlanTask: TaskSpec<typeof treatmentPlanSchema, PlanInput> = {
  task: 'treatment_plan',
  template: 'treatment-plan',
  schema: () => treatmentPlanSchema,
  vars: ({ sessions, previous }) => {
    const latest = latestOf(sessions);
    return {
      topicIds: topicIds.join(', '),
      plan: previous ? JSON.stringify(trimmedPlan(previous)) : 'None yet: draft one.',
      history: renderHistory(compactHistory(earlierThan(sessions, latest))),
      sessionId: latest.id,
      date: latest.date.slice(0, 10),
      findings: renderFindings(latest.analysis),
    };
  },
  compose: composeTreatmentPlan,
};

export const journeyTask: TaskSpec<typeof journeySchema, JourneyInput> = {
  task: 'journey',
  template: 'journey',
  schema: () => journeySchema,
  vars: ({ sessions, previous }) => ({
    previous: previous ? JSON.stringify(previous) : 'None yet: this is the first version.',
    history: renderHistory(compactHistory(sessions)),
  }),
  compose: composeJourney,
};

export const bridgeTask: TaskSpec<typeof bridgeSchema, BridgeInput & { previous: unknown }> = {
  task: 'bridge',
  template: 'bridge',
  schema: () => bridgeSchema,
  vars: ({ sessions, previous }) => ({
    previous: previous ? JSON.stringify(previous) : 'None yet: this is the first version.',
    history: renderHistory(compactHistory(sessions)),
  }),
  compose: composeBridge,
};

/** Keeps progress entries a model dropped from view (it saw only the newest), newest 12 per goal. */
export function mergePlanProgress(previous: TreatmentPlan | null, next: TreatmentPlan): TreatmentPlan {
  if (!previous) return next;
  return {
    ...next,
    goals: next.goals.map((goal) => {
      const before = previous.goals.find((g) => g.id === goal.id)?.progress ?? [];
      const ids = new Set(goal.progress.map((p) => p.sessionId));
      const merged = [...before.filter((p) => !ids.has(p.sessionId)), ...goal.progress];
      return { ...goal, progress: merged.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).slice(-12) };
    }),
  };
}
