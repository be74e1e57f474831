import type { Segment, Speaker, SpeakerRole } from '../contracts/transcript.contract.ts';
import { countWords } from '../transcript/estimate-times.ts';
import { roleFromName } from './role-names.ts';
import {
  counsellorCues,
  firstPerson,
  openingCues,
  questionStarts,
  reflectionStarts,
  secondPerson,
} from './role-cues.ts';

type RoleSegment = Pick<Segment, 'speaker' | 'text' | 'start' | 'end'>;

interface SpeakerStats {
  id: string;
  turns: number;
  words: number;
  talkSeconds: number;
  questions: number;
  reflections: number;
  counsellorCues: number;
  openingCues: number;
  firstPerson: number;
  secondPerson: number;
}

const emptyStats = (id: string): SpeakerStats => ({
  id,
  turns: 0,
  words: 0,
  talkSeconds: 0,
  questions: 0,
  reflections: 0,
  counsellorCues: 0,
  openingCues: 0,
  firstPerson: 0,
  secondPerson: 0,
});

function collect(segments: RoleSegment[]): SpeakerStats[] {
  const byId = new Map<string, SpeakerStats>();
  const opening = segments.length > 0 ? Math.max(4, Math.ceil(segments.length * 0.1)) : 0;
  segments.forEach((seg, i) => {
    const s = byId.get(seg.speaker) ?? emptyStats(seg.speaker);
    byId.set(seg.speaker, s);
    const text = seg.text.trim();
    s.turns += 1;
    s.words += countWords(text);
    s.talkSeconds += Math.max(0, seg.end - seg.start);
    if (text.includes('?') || questionStarts.test(text)) s.questions += 1;
    if (reflectionStarts.test(text)) s.reflections += 1;
    if (counsellorCues.test(text)) s.counsellorCues += 1;
    if (i < opening && openingCues.test(text)) s.openingCues += 1;
    s.firstPerson += text.match(firstPerson)?.length ?? 0;
    s.secondPerson += text.match(secondPerson)?.length ?? 0;
  });
  return [...byId.values()];
}

/** How much a speaker talks like a counsellor; higher is more therapist-like. Rates, so turn counts don't dominate. */
function therapistScore(s: SpeakerStats, totalWords: number): number {
  const turns = Math.max(1, s.turns);
  const pronouns = s.firstPerson + s.secondPerson;
  const youShare = pronouns > 0 ? s.secondPerson / pronouns : 0.5;
  const talkShare = totalWords > 0 ? s.words / totalWords : 0.5;
  return (
    2 * (s.questions / turns) +
    3 * (s.reflections / turns) +
    2 * (s.counsellorCues / turns) +
    1.5 * Math.min(1, s.openingCues) +
    1.5 * (youShare - 0.5) +
    1 * (0.5 - talkShare)
  );
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

/**
 * Decides which speaker is the therapist and which the client from how they talk (questions, reflections,
 * session-opening talk, talk share) — never from who spoke first. Speakers named by role keep that role.
 */
export function labelRoles(segments: RoleSegment[]): Speaker[] {
  const stats = collect(segments);
  const totalWords = stats.reduce((a, s) => a + s.words, 0);
  const roles = new Map<string, { role: SpeakerRole; confidence: number }>();
  for (const s of stats) {
    const named = roleFromName(s.id);
    if (named) roles.set(s.id, { role: named, confidence: 1 });
  }
  // The two speakers who talk most are the therapist/client pair; anyone else is "other".
  const main = [...stats].sort((a, b) => b.words - a.words).slice(0, 2);
  const unresolved = main.filter((s) => !roles.has(s.id));
  const namedRoles = new Set([...roles.values()].map((r) => r.role));
  if (unresolved.length === 2) {
    const [a, b] = unresolved as [SpeakerStats, SpeakerStats];
    const margin = therapistScore(a, totalWords) - therapistScore(b, totalWords);
    // Inferred roles never claim certainty; only a role named in the input gets 1.
    const confidence = round2(Math.min(0.97, 0.5 + 0.5 * Math.tanh(Math.abs(margin) * 1.5)));
    const [t, c] = margin >= 0 ? [a, b] : [b, a];
    roles.set(t.id, { role: 'therapist', confidence });
    roles.set(c.id, { role: 'client', confidence });
  } else if (unresolved.length === 1) {
    const [u] = unresolved as [SpeakerStats];
    const missing: SpeakerRole = namedRoles.has('therapist') ? 'client' : 'therapist';
    const score = therapistScore(u, totalWords);
    const fits = missing === 'therapist' ? score > 0 : score <= 0.5;
    roles.set(u.id, { role: missing, confidence: fits ? 0.9 : 0.6 });
  }
  return stats.map((s) => {
    const r = roles.get(s.id) ?? { role: 'other' as const, confidence: 0.5 };
    return { id: s.id, role: r.role, roleConfidence: r.confidence, talkSeconds: round2(s.talkSeconds), words: s.words };
  });
}
