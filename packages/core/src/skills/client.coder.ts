import type { ClientCode } from '../contracts/mi-skills.contract.ts';
import { changeCues, sustainCues } from './client-cues.ts';

// Global copies for blanking out every sustain phrase, compiled once rather than per turn.
const sustainCuesGlobal = sustainCues.map((re) => new RegExp(re.source, 'g'));

const firstMatch = (text: string, cues: RegExp[]): number => {
  let at = -1;
  for (const re of cues) {
    const m = re.exec(text);
    if (m && m.index > at) at = m.index;
  }
  return at;
};

/**
 * Codes one client turn as change talk, sustain talk or neutral. When a turn holds both (ambivalence),
 * the later statement wins: "I want to quit, but I just can't" leans toward the status quo.
 */
export function codeClientTurn(text: string): ClientCode {
  const t = text.toLowerCase().replace(/’/g, "'");
  if (t.split(/\s+/).length < 3) return 'neutral';
  const sustainAt = firstMatch(t, sustainCues);
  // Sustain patterns contain the negated forms of change patterns; blank them out before looking for change.
  let cleaned = t;
  for (const re of sustainCuesGlobal) cleaned = cleaned.replace(re, (m) => ' '.repeat(m.length));
  const changeAt = firstMatch(cleaned, changeCues);
  if (sustainAt < 0 && changeAt < 0) return 'neutral';
  return changeAt > sustainAt ? 'change' : 'sustain';
}
