import { useEffect, useMemo, useRef, useState } from 'react';
import { formatTime } from './analysis-types.ts';

export interface SegmentView {
  start: number;
  end: number;
  speaker: string;
  text: string;
}
export interface SpeakerView {
  id: string;
  role: 'therapist' | 'client' | 'other';
  roleConfidence?: number;
}

interface Props {
  segments: SegmentView[];
  speakers: SpeakerView[];
  /** Playback position in seconds; the segment containing it is highlighted and kept in view. */
  currentTime: number | null;
  onSeek: (seconds: number) => void;
  /** Swaps a speaker's role; the server re-runs analysis. Absent for read-only viewers. */
  onCorrectRole?: (speakerId: string, role: SpeakerView['role']) => void;
  /** A correction is being saved: the role pickers wait for it. */
  correcting?: boolean;
  timesEstimated?: boolean;
}

const roleLabel = { therapist: 'Therapist', client: 'Client', other: 'Other' } as const;

/** The searchable transcript: roles, timestamps, click-to-seek and the line being played highlighted. */
export function TranscriptView({
  segments,
  speakers,
  currentTime,
  onSeek,
  onCorrectRole,
  correcting,
  timesEstimated,
}: Props) {
  const [query, setQuery] = useState('');
  const activeRef = useRef<HTMLLIElement>(null);
  const roles = useMemo(() => new Map(speakers.map((s) => [s.id, s.role])), [speakers]);
  const active = currentTime === null ? -1 : segments.findIndex((s) => currentTime >= s.start && currentTime < s.end);
  const q = query.trim().toLowerCase();
  const shown = segments.map((s, i) => ({ s, i })).filter(({ s }) => !q || s.text.toLowerCase().includes(q));

  useEffect(() => {
    activeRef.current?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  return (
    <section className="card transcript" aria-labelledby="transcript-heading">
      <div className="row transcript-head">
        <h2 id="transcript-heading">Transcript</h2>
        <div className="grow">
          <label htmlFor="transcript-search" className="visually-hidden">
            Search transcript
          </label>
          <input
            id="transcript-search"
            type="search"
            placeholder="Search transcript"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
      </div>
      {timesEstimated && <p className="muted small">Times are estimated from word counts (no audio).</p>}
      {onCorrectRole && speakers.length > 0 && (
        <details className="role-fix">
          <summary>Speaker roles wrong?</summary>
          <p className="muted small">
            Changing a role runs the analysis again. With two speakers, giving one the other&apos;s role swaps them.
          </p>
          <ul>
            {speakers.map((sp) => (
              <li key={sp.id} className="row">
                <span>{sp.id}</span>
                <label className="visually-hidden" htmlFor={`role-${sp.id}`}>
                  Role for {sp.id}
                </label>
                <select
                  id={`role-${sp.id}`}
                  value={sp.role}
                  disabled={correcting}
                  onChange={(e) => onCorrectRole(sp.id, e.target.value as SpeakerView['role'])}
                >
                  <option value="therapist">Therapist</option>
                  <option value="client">Client</option>
                  <option value="other">Other</option>
                </select>
              </li>
            ))}
          </ul>
        </details>
      )}
      {q && (
        <p className="muted small" role="status">
          {shown.length} matching line{shown.length === 1 ? '' : 's'}
        </p>
      )}
      <ol className="segments">
        {shown.map(({ s, i }) => {
          const role = roles.get(s.speaker) ?? 'other';
          return (
            <li
              key={i}
              ref={i === active ? activeRef : undefined}
              className={`segment ${role}${i === active ? ' active' : ''}`}
              aria-current={i === active ? 'true' : undefined}
            >
              <button
                type="button"
                className="seek"
                onClick={() => onSeek(s.start)}
                aria-label={`Play from ${formatTime(s.start)}`}
              >
                {formatTime(s.start)}
              </button>
              <span className="who">{roleLabel[role]}</span>
              {s.text ? (
                <span className="text">{s.text}</span>
              ) : (
                // A speaker turn whose words were not transcribed (speech-to-text off): the turn and its time stay.
                <span className="text muted" title="Speech without a transcript">
                  [speech]
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
