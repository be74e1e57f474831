import { Link, useParams } from 'react-router-dom';
import { useSession } from '../api/sessions.queries.ts';
import { ErrorState, Loading } from '../components/states.tsx';
import { formatDay } from '../session/analysis-types.ts';
import { ExportButton } from '../session/export-button.tsx';

/** One session as the client sees it: summary, homework and the narrative written for them. */
export function PortalSessionPage() {
  const { sessionId = '' } = useParams();
  const session = useSession(sessionId);
  if (session.isPending)
    return (
      <main className="page" id="main">
        <Loading />
      </main>
    );
  if (session.isError)
    return (
      <main className="page" id="main">
        <ErrorState error={session.error} />
      </main>
    );
  const s = session.data;
  return (
    <main className="page narrow" id="main">
      <p className="muted small">
        <Link to="/my">My sessions</Link> /
      </p>
      <div className="page-head">
        <h1>Session of {formatDay(s.date, 'long')}</h1>
        <div className="row">
          <ExportButton sessionId={sessionId} date={s.date} />
        </div>
      </div>
      {s.analysis.summary && <p className="lead">{s.analysis.summary}</p>}
      {s.analysis.actionItems && s.analysis.actionItems.length > 0 && (
        <section className="card" aria-labelledby="hw">
          <h2 id="hw">What we agreed</h2>
          <ul>
            {s.analysis.actionItems.map((h) => (
              <li key={h.text}>{h.text}</li>
            ))}
          </ul>
        </section>
      )}
      {s.narrative ? (
        <section className="card narrative" aria-labelledby="story">
          <h2 id="story">Your session, in words</h2>
          {s.narrative.split(/\n\s*\n/).map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </section>
      ) : (
        <p className="muted">Your therapist's reflection on this session will appear here.</p>
      )}
    </main>
  );
}
