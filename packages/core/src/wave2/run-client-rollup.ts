import { providerFor, type ProviderSelection } from '../providers/analysis-provider.ts';
import type { GenerationUsage } from '../providers/generation.types.ts';
import type { Bridge } from './contracts/bridge.contract.ts';
import type { Journey } from './contracts/journey.contract.ts';
import type { TreatmentPlan } from './contracts/treatment-plan.contract.ts';
import { runTask, type Drafted } from './run-task.ts';
import type { SessionRecord } from './session-record.ts';
import { bridgeTask, journeyTask, mergePlanProgress, treatmentPlanTask } from './wave2.tasks.ts';

/** The latest stored version of each rollup, or null before the first. */
export interface PreviousRollup {
  journey: Journey | null;
  bridge: Bridge | null;
  treatmentPlan: TreatmentPlan | null;
}

export interface RollupInput {
  /** Every analysed session of the client (any number: prompts use a compacted history). */
  sessions: SessionRecord[];
  previous: PreviousRollup | null;
  provider: ProviderSelection;
}

export interface RollupResult {
  treatmentPlan: Drafted<TreatmentPlan>;
  journey: Drafted<Journey>;
  bridge: Drafted<Bridge>;
  usage: GenerationUsage[];
}

/** Regenerates a client's treatment plan, journey and bridge after an analysed session (the `client.rollup` job). */
export async function runClientRollup({ sessions, previous, provider }: RollupInput): Promise<RollupResult> {
  if (sessions.length === 0) throw new Error('a client rollup needs at least one analysed session');
  const prevPlan = previous?.treatmentPlan ?? null;
  const plan = await runTask(
    treatmentPlanTask,
    { sessions, previous: prevPlan },
    providerFor(provider, 'treatment_plan'),
  );
  const treatmentPlan = { ...plan.draft, value: mergePlanProgress(prevPlan, plan.draft.value) };
  const [journey, bridge] = await Promise.all([
    runTask(
      journeyTask,
      { sessions, previous: previous?.journey ?? null, plan: treatmentPlan.value },
      providerFor(provider, 'journey'),
    ),
    runTask(bridgeTask, { sessions, previous: previous?.bridge ?? null }, providerFor(provider, 'bridge')),
  ]);
  return {
    treatmentPlan,
    journey: journey.draft,
    bridge: bridge.draft,
    usage: [plan.usage, journey.usage, bridge.usage],
  };
}
