import { formatClock, type DeepAnalysis, type SessionAnalysis, type Segment, type Speaker } from '@insession/core';

/** A printable session record: titled sections of paragraphs and bullet lists, then the transcript. */
export interface ExportDocument {
  sessionDate: string;
  title: string;
  subtitle: string;
  sections: ExportSection[];
  transcript: { time: string; role: string; text: string }[];
}
export interface ExportSection {
  heading: string;
  paragraphs: string[];
  bullets: string[];
}

export interface ExportInput {
  clientName: string;
  sessionDate: string;
  /** The client's own copy holds only the client-facing parts (summary, homework, narrative). */
  audience: 'clinician' | 'client';
  analysis: Partial<SessionAnalysis>;
  deep: DeepAnalysis | null;
  narrative: string | null;
  homework: { text: string; done: boolean }[];
  notes: { format: string; signed: boolean; sections: [string, string][] }[];
  transcript: { segments: Segment[]; speakers: Speaker[] } | null;
}

const section = (heading: string, paragraphs: string[], bullets: string[] = []): ExportSection => ({
  heading,
  paragraphs: paragraphs.filter((p) => p.trim() !== ''),
  bullets,
});
const ROLE = { therapist: 'Therapist', client: 'Client', other: 'Other' } as const;

/** Arranges what the caller may see of a session into the sections of its export, clinically relevant first. */
export function buildExportDocument(x: ExportInput): ExportDocument {
  const a = x.analysis;
  const homework = section(
    'Homework',
    [],
    x.homework.map((h) => `${h.done ? '[done] ' : ''}${h.text}`),
  );
  const narrative = x.narrative ? section('Narrative for the client', x.narrative.split(/\n\s*\n/)) : null;
  const summary = section('Summary', [a.summary ?? '']);
  const sections: (ExportSection | null)[] =
    x.audience === 'client'
      ? [summary, homework, narrative]
      : [
          a.risk && a.risk.level !== 'none'
            ? section(
                `Risk: ${a.risk.level}`,
                [],
                a.risk.flags.map((f) => `${f.type} (${f.severity}) at ${formatClock(f.start)}: "${f.quote}"`),
              )
            : null,
          summary,
          a.mood
            ? section(
                `Mood ${a.mood.score}/10 (${a.mood.tone})`,
                [a.mood.rationale],
                a.mood.evidence.map((e) => `${formatClock(e.start)} "${e.quote}"`),
              )
            : null,
          a.topics?.length ? section('Topics', [a.topics.map((t) => t.label).join(', ')]) : null,
          a.technique ? section('Technique', [a.technique.label]) : null,
          a.breakthrough ? section(`Breakthrough: ${a.breakthrough.label}`, [a.breakthrough.description]) : null,
          homework,
          a.metrics
            ? section('Session metrics', [
                `Duration ${formatClock(a.metrics.durationSeconds)}; therapist talk ${pct(a.metrics.therapistTalkShare)}, ` +
                  `client talk ${pct(a.metrics.clientTalkShare)}; ${a.metrics.turns} turns.`,
              ])
            : null,
          x.deep ? deepSection(x.deep) : null,
          narrative,
          ...x.notes.map((n) =>
            section(
              `Clinical note (${n.format}, ${n.signed ? 'signed' : 'unsigned draft'})`,
              n.sections.map(([label, text]) => `${label.charAt(0).toUpperCase()}${label.slice(1)}: ${text}`),
            ),
          ),
        ];
  const roles = new Map((x.transcript?.speakers ?? []).map((s) => [s.id, ROLE[s.role]]));
  return {
    sessionDate: x.sessionDate,
    title: `Session of ${x.sessionDate}`,
    subtitle: x.audience === 'client' ? `${x.clientName}: your session summary` : `Client: ${x.clientName}`,
    sections: sections.filter(
      (s): s is ExportSection => s !== null && (s.paragraphs.length > 0 || s.bullets.length > 0),
    ),
    transcript: (x.transcript?.segments ?? []).map((s) => ({
      time: formatClock(s.start),
      role: roles.get(s.speaker) ?? s.speaker,
      text: s.text,
    })),
  };
}

function deepSection(d: DeepAnalysis): ExportSection {
  const p = d.progressIndicators;
  return section(
    'Deep analysis',
    [`Symptom change: ${p.symptomChange.direction.replace('_', ' ')}. ${p.symptomChange.description}`],
    [
      ...d.insights.realisations.map((r) => `Realisation: ${r}`),
      ...d.insights.patterns.map((r) => `Pattern: ${r}`),
      ...d.insights.strengths.map((r) => `Strength: ${r}`),
      ...d.recommendations.map((r) => `Recommendation: ${r.text}`),
    ],
  );
}

function pct(n: number): string {
  return `${Math.round(n * 100)}%`;
}
