import { Link } from 'react-router-dom';
import { useMe } from '../api/auth.queries.ts';
import { useMyHomework, useToggleHomework } from '../api/portal.queries.ts';
import { useMySessions } from '../api/sessions.queries.ts';
import { Empty, ErrorState, Loading } from '../components/states.tsx';
import { formatDay } from '../session/analysis-types.ts';
import { MyJourney } from './my-journey.tsx';
import { MyResources } from './my-resources.tsx';

/** The client's own space: their sessions (client-facing parts), homework to tick off and their journey. */
export function PortalHomePage() {
  const me = useMe();
  const sessions = useMySessions();
  const homework = useMyHomework();
  const toggle = useToggleHomework();

  return (
    <main className="page" id="main">
      <h1>Hello{me.data ? `, ${me.data.name.split(' ')[0]}` : ''}</h1>
      <div className="two-col">
        <div className="stack">
          <MyJourney clientId={me.data?.clientId ?? undefined} />
          <section aria-labelledby="my-sessions">
            <h2 id="my-sessions">My sessions</h2>
            {sessions.isPending ? (
              <Loading />
            ) : sessions.isError ? (
              <ErrorState error={sessions.error} onRetry={() => void sessions.refetch()} />
            ) : sessions.data.length === 0 ? (
              <Empty title="No sessions yet">
                <p>Your therapist will share your sessions here.</p>
              </Empty>
            ) : (
              <ol className="session-list stack">
                {sessions.data.map((s) => (
                  <li key={s.id} className="card" data-testid="portal-session">
                    <h3>
                      <Link to={`/my/sessions/${s.id}`}>{formatDay(s.date, 'medium')}</Link>
                    </h3>
                    {s.analysis.summary ? (
                      <p>{s.analysis.summary}</p>
                    ) : (
                      <p className="muted">{s.analysisLoading ? 'Loading…' : 'Not ready yet.'}</p>
                    )}
                  </li>
                ))}
              </ol>
            )}
          </section>
        </div>
        <div className="stack">
          <section className="card" aria-labelledby="homework-heading">
            <h2 id="homework-heading">My homework</h2>
            {homework.isPending ? (
              <Loading />
            ) : homework.error ? (
              <ErrorState error={homework.error} />
            ) : homework.data.length === 0 ? (
              <p className="muted">Nothing to do right now.</p>
            ) : (
              <ul className="plain checklist">
                {homework.data.map((h) => (
                  <li key={h.id}>
                    <label className="choice">
                      <input
                        type="checkbox"
                        checked={h.completedAt !== null}
                        onChange={(e) => toggle.mutate({ id: h.id, sessionId: h.sessionId, done: e.target.checked })}
                      />{' '}
                      <span className={h.completedAt ? 'done' : ''}>{h.text}</span>
                    </label>
                  </li>
                ))}
              </ul>
            )}
            {toggle.error && <ErrorState error={toggle.error} />}
          </section>
          <MyResources clientId={me.data?.clientId ?? undefined} />
          <div className="row">
            <Link className="button" to="/my/questionnaires">
              Fill a questionnaire
            </Link>
          </div>
        </div>
      </div>
    </main>
  );
}
