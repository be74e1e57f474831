import { formatClock, type DeepAnalysis, type SessionAnalysis, type Segment, type Speaker } from '@insession/core';
import { isoMinute, nonEmpty, section, type ExportPart, type ExportSection } from './export-document.ts';

export interface ExportNote {
  format: string;
  signedAt: Date | null;
  sharedAt: Date | null;
  currentVersion: number;
  /** Oldest first. */
  versions: { version: number; createdAt: Date; sections: [string, string][] }[];
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
  notes: ExportNote[];
  /** The client record prints every version of a note; a session export only the current one. */
  noteHistory: boolean;
  transcript: { segments: Segment[]; speakers: Speaker[] } | null;
}

const ROLE = { therapist: 'Therapist', client: 'Client', other: 'Other' } as const;

/** Arranges what the caller may see of a session into the sections of its export, clinically relevant first. */
export function buildSessionPart(x: ExportInput): ExportPart {
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
          ...x.notes.flatMap((n) => noteSections(n, x.noteHistory)),
        ];
  const roles = new Map((x.transcript?.speakers ?? []).map((s) => [s.id, ROLE[s.role]]));
  return {
    title: `Session of ${x.sessionDate}`,
    subtitle: x.audience === 'client' ? `${x.clientName}: your session summary` : `Client: ${x.clientName}`,
    sections: nonEmpty(sections),
    transcript: (x.transcript?.segments ?? []).map((s) => ({
      time: formatClock(s.start),
      role: roles.get(s.speaker) ?? s.speaker,
      text: s.text,
    })),
  };
}

// The current version first, under a heading that says whether it is signed (locked); with history, the earlier
// versions follow, newest first, each with when it was written.
function noteSections(n: ExportNote, history: boolean): ExportSection[] {
  const current = n.versions.find((v) => v.version === n.currentVersion);
  if (!current) return [];
  const status = [
    n.signedAt ? `signed ${isoMinute(n.signedAt)}` : 'unsigned draft',
    ...(n.sharedAt ? ['shared with the client'] : []),
  ].join(', ');
  const lines = (v: ExportNote['versions'][number]) =>
    v.sections.map(([label, text]) => `${label.charAt(0).toUpperCase()}${label.slice(1)}: ${text}`);
  if (!history) return [section(`Clinical note (${n.format}, ${status})`, lines(current))];
  const of = `of ${n.versions.length}`;
  return [
    section(
      `Clinical note (${n.format}, ${status}), version ${current.version} ${of}, ${isoMinute(current.createdAt)}`,
      lines(current),
    ),
    ...n.versions
      .filter((v) => v !== current)
      .reverse()
      .map((v) => section(`Clinical note version ${v.version} ${of} (${isoMinute(v.createdAt)})`, lines(v))),
  ];
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
