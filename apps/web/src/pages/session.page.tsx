import { useCallback, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useRerunAnalysis, useSession } from '../api/sessions.queries.ts';
import { MoodBadge } from '../components/mood.tsx';
import { PipelineStage } from '../components/pipeline-stage.tsx';
import { ErrorState, Loading } from '../components/states.tsx';
import { AnalysisCards } from '../session/analysis-cards.tsx';
import { AudioPlayer } from '../session/audio-player.tsx';
import { RiskBanner } from '../session/risk-banner.tsx';
import { SessionNote } from '../session/session-note.tsx';
import { TranscriptView } from '../session/transcript-view.tsx';
import { DeepAnalysisCard } from '../session/deep-analysis-card.tsx';
import { ExportButton } from '../session/export-button.tsx';
import { useCorrectSpeakerRole } from '../api/session-review.queries.ts';
import { formatDay } from '../session/analysis-types.ts';
import { RecommendationsCard } from '../session/recommendations-card.tsx';

/** Review one session: risk first, then transcript with audio, analysis cards, narrative and note. */
export function SessionPage() {
  const { sessionId = '' } = useParams();
  const session = useSession(sessionId);
  const rerun = useRerunAnalysis(sessionId);
  const correctRole = useCorrectSpeakerRole(sessionId);
  const audioRef = useRef<HTMLAudioElement>(null);
  // null until the user plays or jumps somewhere, so no line is highlighted on arrival.
  const [time, setTime] = useState<number | null>(null);

  const jump = useCallback((seconds: number) => {
    setTime(seconds);
    const audio = audioRef.current;
    if (audio) audio.currentTime = seconds;
    document.getElementById('transcript-heading')?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, []);

  if (session.isPending)
    return (
      <main className="page" id="main">
        <Loading label="Loading session…" />
      </main>
    );
  if (session.isError)
    return (
      <main className="page" id="main">
        <ErrorState error={session.error} onRetry={() => void session.refetch()} />
      </main>
    );
  const s = session.data;

  return (
    <main className="page" id="main">
      <RiskBanner risk={s.analysis.risk} onJump={jump} />
      <div className="page-head">
        <div>
          <p className="muted small">
            <Link to="/">Clients</Link> / <Link to={`/clients/${s.clientId}`}>{s.clientName}</Link> /
          </p>
          <h1>
            Session of {formatDay(s.date, 'long')} {s.analysis.mood && <MoodBadge score={s.analysis.mood.score} />}
          </h1>
          <PipelineStage status={s.status} error={s.error} sessionId={s.id} />
        </div>
        <div className="row">
          <button type="button" onClick={() => rerun.mutate()} disabled={rerun.isPending}>
            {rerun.isPending ? 'Starting…' : 'Re-run analysis'}
          </button>
          <ExportButton sessionId={sessionId} date={s.date} />
        </div>
      </div>
      {rerun.error && <ErrorState error={rerun.error} />}
      <div className="two-col">
        <div className="stack">
          {s.audioUrl && <AudioPlayer ref={audioRef} src={s.audioUrl} onTime={setTime} />}
          {correctRole.error && <ErrorState error={correctRole.error} />}
          {correctRole.data?.queued && (
            <p className="muted small" role="status">
              Roles corrected. The analysis is running again with them.
            </p>
          )}
          {s.segments.length > 0 ? (
            <TranscriptView
              segments={s.segments}
              speakers={s.speakers}
              currentTime={time}
              onSeek={jump}
              onCorrectRole={(speaker, role) => correctRole.mutate({ speaker, role })}
              correcting={correctRole.isPending}
              timesEstimated={s.timesEstimated}
            />
          ) : (
            <p className="muted">The transcript appears here when transcription finishes.</p>
          )}
        </div>
        <div className="stack">
          <AnalysisCards a={s.analysis} onJump={jump} />
          <DeepAnalysisCard deep={s.deepAnalysis} />
          {s.draftLabel && (s.deepAnalysis || s.narrative) && <p className="muted small">Drafts: {s.draftLabel}</p>}
          {s.narrative && (
            <section className="card" aria-labelledby="narrative-heading">
              <h2 id="narrative-heading">Narrative for the client</h2>
              {s.narrative.split(/\n\s*\n/).map((p, i) => (
                <p key={i}>{p}</p>
              ))}
            </section>
          )}
          <SessionNote sessionId={sessionId} />
          <RecommendationsCard sessionId={sessionId} />
        </div>
      </div>
    </main>
  );
}
