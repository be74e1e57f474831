import type { SessionContext, Sentence } from '../analysis/session-context.ts';

const numberWords: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};
const num = '(\\d{1,2}(?:\\.5)?|zero|one|two|three|four|five|six|seven|eight|nine|ten)';
const outOfTen = new RegExp(`\\b${num}\\s*(?:(?:and a half\\s*)?(?:out of|outta|/)\\s*(?:10|ten))\\b`, 'g');
const bareNumber = new RegExp(
  `^(?:(?:um|uh|well|maybe|probably|about|around|like|i'd say|i guess|honestly|i think|i'm|i am|it's|a|an|at|,|\\.|\\s)+)?${num}\\b`,
);
const scaleQuestion = /\b(scale|out of (10|ten)|zero to ten|0 to 10|one to ten|1 to 10|rate)\b/;

const toNumber = (s: string): number => numberWords[s] ?? Number(s);

export interface SelfRating {
  score: number;
  sentence: Sentence;
}

/**
 * The client's own mood rating: "I'm at a three out of ten", or a bare number answering a scaling question.
 * The last rating in the session wins (clients often compare last week with today).
 */
export function findSelfRating(ctx: SessionContext): SelfRating | null {
  let found: SelfRating | null = null;
  ctx.turns.forEach((turn, i) => {
    if (turn.role !== 'client') return;
    const asked = i > 0 && ctx.turns[i - 1]?.role === 'therapist' && scaleQuestion.test(ctx.turns[i - 1]?.lower ?? '');
    for (const s of turn.sentences) {
      const matches = [...s.lower.matchAll(outOfTen)];
      const last = matches.at(-1);
      if (last?.[1]) {
        const value = toNumber(last[1]) + (/and a half/.test(last[0]) ? 0.5 : 0);
        if (value >= 0 && value <= 10) found = { score: value, sentence: s };
        continue;
      }
      const bare = asked && s === turn.sentences[0] ? bareNumber.exec(s.lower) : null;
      if (bare?.[1]) {
        const value = toNumber(bare[1]);
        if (value >= 0 && value <= 10) found = { score: value, sentence: s };
      }
    }
  });
  return found;
}
