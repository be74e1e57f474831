import type { CodedUtterance, MiSkills } from '../contracts/mi-skills.contract.ts';
import type { SessionContext } from '../analysis/session-context.ts';
import { codeClientTurn } from './client.coder.ts';
import { codeTherapistTurn } from './therapist.coder.ts';

const round2 = (n: number): number => Math.round(n * 100) / 100;

/** Codes every therapist and client turn and derives the session skill profile. */
export function analyzeMiSkills(ctx: SessionContext): MiSkills {
  const utterances: CodedUtterance[] = [];
  let reflections = 0;
  let complexReflections = 0;
  let questions = 0;
  let openQuestions = 0;
  let therapistInput = 0;
  let changeTalk = 0;
  let sustainTalk = 0;
  let previousClient = '';
  for (const turn of ctx.turns) {
    if (turn.role === 'therapist') {
      const c = codeTherapistTurn(
        turn.sentences.map((s) => s.text),
        previousClient,
      );
      utterances.push({ segment: turn.segment, code: c.code });
      if (c.code === 'reflection') {
        reflections++;
        if (c.complex) complexReflections++;
      } else if (c.code === 'question') {
        questions++;
        if (c.open) openQuestions++;
      } else if (c.code === 'input') therapistInput++;
    } else if (turn.role === 'client') {
      previousClient = turn.text;
      const code = codeClientTurn(turn.text);
      utterances.push({ segment: turn.segment, code });
      if (code === 'change') changeTalk++;
      if (code === 'sustain') sustainTalk++;
    }
  }
  return {
    reflections,
    complexReflections,
    questions,
    openQuestions,
    therapistInput,
    reflectionToQuestionRatio: questions > 0 ? round2(reflections / questions) : null,
    percentOpenQuestions: questions > 0 ? round2((100 * openQuestions) / questions) : null,
    changeTalk,
    sustainTalk,
    utterances,
  };
}
