import type { Technique } from '../contracts/technique.contract.ts';
import { evidenceOf, type SessionContext, type Sentence } from '../analysis/session-context.ts';
import { techniqueLabel, techniqueLibrary } from './technique-library.ts';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const compiled = techniqueLibrary.map((t) => ({
  entry: t,
  alias: new RegExp(`\\b(${t.aliases.map(escape).join('|')})\\b`),
  cue: new RegExp(`\\b(${t.cues.map(escape).join('|')})`),
}));
// Listening and information-giving happen in nearly every session; they only win when nothing else was used.
const generic = new Set(['mi_reflective_listening', 'person_centred_empathy', 'cbt_psychoeducation']);
const MIN_SCORE = 1.5;

/** The most clearly used technique from the library, with the counsellor's words as evidence; null if none. */
export function analyzeTechnique(ctx: SessionContext): Technique {
  let best: { score: number; index: number; evidence: Sentence[] } | null = null;
  compiled.forEach(({ entry, alias, cue }, index) => {
    let score = 0;
    const evidence: Sentence[] = [];
    for (const s of ctx.sentences) {
      const byAlias = alias.test(s.lower);
      const cueHit = s.role === 'therapist' ? cue.exec(s.lower) : null;
      if (!byAlias && !cueHit) continue;
      // A cue of three or more words ("keep a log") is specific; shorter ones ("diary", "evidence for") need support.
      score += byAlias ? 2 : (cueHit?.[0] ?? '').split(' ').length >= 3 ? 1.5 : 1;
      evidence.push(s);
    }
    if (generic.has(entry.id)) score = Math.min(score * 0.25, MIN_SCORE);
    if (score >= MIN_SCORE && (!best || score > best.score)) best = { score, index, evidence };
  });
  if (!best) return null;
  const { score, index, evidence } = best as { score: number; index: number; evidence: Sentence[] };
  const entry = techniqueLibrary[index]!;
  return {
    modality: entry.modality,
    name: entry.name,
    label: techniqueLabel(entry),
    confidence: Math.round(Math.min(0.9, 0.4 + 0.1 * score) * 100) / 100,
    evidence: evidence.slice(0, 3).map(evidenceOf),
  };
}
