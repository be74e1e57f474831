import type { ClinicalNote, NoteFormat } from '../contracts/clinical-note.contract.ts';
import type { DeepAnalysis } from '../contracts/deep-analysis.contract.ts';
import type { SessionRecord } from '../session-record.ts';

export interface NoteInput {
  session: SessionRecord;
  deep: DeepAnalysis;
  format: NoteFormat;
}

const sentence = (s: string): string => (/[.!?…"]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);
const mmss = (t: number): string => `${Math.floor(t / 60)}:${String(Math.floor(t % 60)).padStart(2, '0')}`;

/** Note sections built from Wave 1 findings and the deep analysis, in the chosen format. */
export function composeClinicalNote({ session, deep, format }: NoteInput): ClinicalNote {
  const a = session.analysis;
  const m = a.metrics;
  const quote = a.mood.evidence[0];
  const topics = a.topics.map((t) => t.label).join(', ');
  const subjective = [
    `Client discussed ${topics}.`,
    quote ? `Client reported: "${quote.quote}" (${mmss(quote.start)}).` : '',
    `Presentation: ${a.mood.indicators.join('; ')}.`,
  ].join(' ');
  const objective = [
    `Session ${Math.round(m.durationSeconds / 60)} min, ${m.turns} turns; client talk share ${Math.round(m.clientTalkShare * 100)}%.`,
    `Affect ${a.mood.tone.toLowerCase()}; automated mood estimate ${a.mood.score}/10 (confidence ${a.mood.confidence}).`,
    `Risk screen: ${a.risk.level}${a.risk.flags.map((f) => `; ${f.type.replace(/_/g, ' ')} (${f.severity}) at ${mmss(f.start)}: "${f.quote}"`).join('')}.`,
  ].join(' ');
  const intervention = [
    a.technique ? `${a.technique.label}.` : 'Supportive counselling; no specific technique identified.',
    `${a.miSkills.reflections} reflections, ${a.miSkills.questions} questions (${a.miSkills.percentOpenQuestions ?? 0}% open).`,
  ].join(' ');
  const response = [
    sentence(deep.progressIndicators.symptomChange.description),
    `Engagement ${deep.therapeuticRelationship.engagement.rating}, openness ${deep.therapeuticRelationship.openness.rating}.`,
    a.breakthrough ? sentence(`Insight: ${a.breakthrough.description}`) : '',
    `Change talk ${a.miSkills.changeTalk}, sustain talk ${a.miSkills.sustainTalk}.`,
  ]
    .filter(Boolean)
    .join(' ');
  const assessment = [
    sentence(deep.progressIndicators.symptomChange.description),
    `Risk level ${a.risk.level}.`,
    ...deep.insights.patterns.slice(0, 2).map(sentence),
  ].join(' ');
  const plan = [
    a.actionItems.length ? `Homework: ${a.actionItems.map((i) => i.text).join('; ')}.` : 'No homework agreed.',
    ...deep.recommendations.slice(0, 3).map((r) => sentence(r.text)),
  ].join(' ');
  const goals = deep.progressIndicators.goalProgress.length
    ? deep.progressIndicators.goalProgress.map((g) => `${g.goal} (${g.status.replace(/_/g, ' ')})`).join('; ')
    : `Work on ${topics}.`;
  switch (format) {
    case 'SOAP':
      return { format, subjective, objective, assessment, plan };
    case 'DAP':
      return { format, data: `${subjective} ${objective}`, assessment, plan };
    case 'BIRP':
      return { format, behavior: `${subjective} ${objective}`, intervention, response, plan };
    case 'GIRP':
      return { format, goals: sentence(goals), intervention, response, plan };
  }
}
