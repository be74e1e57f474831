import type { Evidence } from '../contracts/evidence.contract.ts';
import type { SessionAnalysis } from '../contracts/session-analysis.contract.ts';

/** Seconds as `m:ss` or `h:mm:ss`. */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

const quote = (e: Evidence): string => `[${formatClock(e.start)}] "${e.quote}"`;
const pct = (n: number): string => `${Math.round(n * 100)}%`;
const human = (id: string): string => id.replace(/_/g, ' ');

/** A readable plain-text report of one session analysis: risk first, then mood, topics, homework and the rest. */
export function formatAnalysisReport(
  a: SessionAnalysis,
  meta: { filename?: string; timesEstimated?: boolean } = {},
): string {
  const out: string[] = [];
  const line = (s = ''): void => void out.push(s);
  const automated = a.provider === 'heuristic' ? ' (automated rules and embeddings, not a language model)' : '';
  line(`Session analysis${meta.filename ? ` of ${meta.filename}` : ''}`);
  line(`Provider: ${a.provider}${automated}`);
  const roles = a.speakers.map((s) => `${s.id} = ${s.role} (${Math.round(s.roleConfidence * 100)}%)`).join(', ');
  line(`Speakers: ${roles}${meta.timesEstimated ? ' · times estimated at 150 words/min' : ''}`);
  line();
  line(`RISK: ${a.risk.level.toUpperCase()}`);
  if (a.risk.flags.length === 0) line('  No risk statements found.');
  for (const f of a.risk.flags) line(`  ! ${human(f.type)} (${f.severity}) [${formatClock(f.start)}] "${f.quote}"`);
  line();
  line(`MOOD: ${a.mood.score}/10, ${a.mood.tone} (confidence ${pct(a.mood.confidence)})`);
  for (const i of a.mood.indicators) line(`  - ${i}`);
  for (const e of a.mood.evidence) line(`  ${quote(e)}`);
  line();
  line(`TOPICS: ${a.topics.map((t) => `${t.label} (${pct(t.confidence)})`).join(', ')}`);
  line();
  line(`HOMEWORK: ${a.actionSummary}`);
  for (const item of a.actionItems) line(`  - ${item.text} [${formatClock(item.start)}]`);
  line();
  if (a.technique) {
    line(`TECHNIQUE: ${a.technique.label} (confidence ${pct(a.technique.confidence)})`);
    for (const e of a.technique.evidence) line(`  ${quote(e)}`);
  } else line('TECHNIQUE: none specific');
  line();
  line(`SUMMARY: ${a.summary}`);
  line();
  if (a.breakthrough) {
    line(`BREAKTHROUGH: ${a.breakthrough.label} (confidence ${pct(a.breakthrough.confidence)})`);
    for (const e of a.breakthrough.evidence) line(`  ${quote(e)}`);
  } else line('BREAKTHROUGH: none');
  line();
  const m = a.metrics;
  line(`METRICS: ${formatClock(m.durationSeconds)} long, ${m.turns} turns`);
  line(`  talk share: therapist ${pct(m.therapistTalkShare)}, client ${pct(m.clientTalkShare)}`);
  line(
    `  words/min: therapist ${Math.round(m.wordsPerMinute.therapist)}, client ${Math.round(m.wordsPerMinute.client)}`,
  );
  line(
    `  longest client turn ${formatClock(m.longestClientTurnSeconds)}, silence ${formatClock(m.silenceSeconds)}, overlap ${formatClock(m.overlapSeconds)}`,
  );
  line();
  const k = a.miSkills;
  line('SKILLS:');
  line(
    `  reflections ${k.reflections} (${k.complexReflections} complex), questions ${k.questions} (${k.openQuestions} open), input ${k.therapistInput}`,
  );
  line(
    `  reflection:question ${k.reflectionToQuestionRatio ?? 'n/a'}, open questions ${k.percentOpenQuestions === null ? 'n/a' : `${Math.round(k.percentOpenQuestions)}%`}`,
  );
  line(`  client change talk ${k.changeTalk}, sustain talk ${k.sustainTalk}`);
  return `${out.join('\n')}\n`;
}
