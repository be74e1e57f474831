import { providerFor, type ProviderSelection } from '../providers/analysis-provider.ts';
import type { GenerationUsage } from '../providers/generation.types.ts';
import type { ClinicalNote, NoteFormat } from './contracts/clinical-note.contract.ts';
import type { DeepAnalysis } from './contracts/deep-analysis.contract.ts';
import type { Narrative } from './contracts/narrative.contract.ts';
import { runTask, type Drafted } from './run-task.ts';
import type { SessionRecord } from './session-record.ts';
import { clinicalNoteTask, deepAnalysisTask, narrativeTask } from './wave2.tasks.ts';

export interface Wave2Input {
  /** The session to analyse, with its transcript and Wave 1 analysis. */
  session: SessionRecord;
  /** The client's earlier analysed sessions (any number: they are compacted). */
  history: SessionRecord[];
  provider: ProviderSelection;
  /** The practice's or clinician's note format. */
  noteFormat?: NoteFormat;
}

export interface Wave2Result {
  deepAnalysis: Drafted<DeepAnalysis>;
  narrative: Drafted<Narrative>;
  clinicalNote: Drafted<ClinicalNote>;
  /** One record per task, for `generation_costs`. */
  usage: GenerationUsage[];
}

/** Runs Wave 2 for one session: deep analysis first, then the client narrative and the clinical note from it. */
export async function runWave2({ session, history, provider, noteFormat = 'SOAP' }: Wave2Input): Promise<Wave2Result> {
  const earlier = history.filter((h) => h.id !== session.id);
  const deep = await runTask(deepAnalysisTask, { session, history: earlier }, providerFor(provider, 'deep_analysis'));
  const [narrative, note] = await Promise.all([
    runTask(narrativeTask, { session, history: earlier, deep: deep.draft.value }, providerFor(provider, 'narrative')),
    runTask(
      clinicalNoteTask,
      { session, deep: deep.draft.value, format: noteFormat },
      providerFor(provider, 'clinical_note'),
    ),
  ]);
  return {
    deepAnalysis: deep.draft,
    narrative: narrative.draft,
    clinicalNote: note.draft,
    usage: [deep.usage, narrative.usage, note.usage],
  };
}
