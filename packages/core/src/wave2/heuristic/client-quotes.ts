import type { Evidence } from '../../contracts/evidence.contract.ts';
import type { Transcript } from '../../contracts/transcript.contract.ts';

const MAX_QUOTE = 200;

/** A verbatim quote of a turn: its first sentence(s) up to ~200 characters, cut at a sentence end when possible. */
function quoteOf(text: string): string {
  if (text.length <= MAX_QUOTE) return text;
  const head = text.slice(0, MAX_QUOTE);
  const end = Math.max(head.lastIndexOf('. '), head.lastIndexOf('? '), head.lastIndexOf('! '));
  return end > 40 ? head.slice(0, end + 1) : head.trimEnd();
}

/** Client turns of a transcript as evidence (verbatim quote with its times). */
export function clientEvidence(transcript: Transcript): Evidence[] {
  const clients = new Set(transcript.speakers.filter((s) => s.role === 'client').map((s) => s.id));
  return transcript.segments
    .filter((s) => clients.has(s.speaker))
    .map((s) => ({ start: s.start, end: s.end, quote: quoteOf(s.text) }));
}

/** The client turns matching a pattern, falling back to the longest turns so evidence is never empty. */
export function pickEvidence(turns: readonly Evidence[], pattern: RegExp, count: number): Evidence[] {
  const hits = turns.filter((t) => pattern.test(t.quote));
  const pool = hits.length > 0 ? hits : [...turns].sort((a, b) => b.quote.length - a.quote.length);
  return pool.slice(0, count);
}
