import { Link } from 'react-router-dom';
import type { SessionSummaryView } from '../api/view-models.ts';
import { MoodBadge } from '../components/mood.tsx';
import { PipelineStage } from '../components/pipeline-stage.tsx';
import { RiskBadge } from '../components/risk-badge.tsx';
import { formatDay } from '../session/analysis-types.ts';

/** One session at a glance; updates live while the pipeline runs (the SSE hook refreshes the cache). */
export function SessionCard({ s, href }: { s: SessionSummaryView; href: string }) {
  const a = s.analysis;
  return (
    <li className="card session-card" data-testid="session-card">
      <div className="row">
        <h3>
          <Link to={href}>{formatDay(s.date, 'medium')}</Link>
        </h3>
        {a.mood && <MoodBadge score={a.mood.score} />}
        {a.breakthrough && (
          <span className="badge star" title={a.breakthrough.description}>
            <span aria-hidden="true">★</span> {a.breakthrough.label}
          </span>
        )}
        {a.risk && a.risk.level !== 'none' && <RiskBadge level={a.risk.level} />}
        {s.sourceKind === 'audio' && <span className="badge">Audio</span>}
      </div>
      <PipelineStage status={s.status} error={s.error} />
      {a.summary && <p>{a.summary}</p>}
      <dl className="card-facts">
        {a.technique && (
          <>
            <dt>Technique</dt>
            <dd>{a.technique.label}</dd>
          </>
        )}
        {a.actionSummary && (
          <>
            <dt>Homework</dt>
            <dd>{a.actionSummary}</dd>
          </>
        )}
      </dl>
    </li>
  );
}
