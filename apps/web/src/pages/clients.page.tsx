import { Link } from 'react-router-dom';
import { useClients } from '../api/clients.queries.ts';
import { MoodBadge } from '../components/mood.tsx';
import { RiskBadge } from '../components/risk-badge.tsx';
import { Empty, ErrorState, Loading } from '../components/states.tsx';
import type { QuestionnaireTrendView } from '../api/view-models.ts';
import { formatDay } from '../session/analysis-types.ts';

// Lower questionnaire scores are better, so an improving trend points down.
const arrow: Record<string, string> = { improving: '↘', worsening: '↗', stable: '→' };

function QuestionnaireCell({ q }: { q: QuestionnaireTrendView[] }) {
  const scored = q.filter((x) => x.latest !== null);
  if (scored.length === 0) return <span className="muted">None yet</span>;
  return (
    <>
      {scored.map((x) => (
        <div key={x.instrument}>
          {x.instrument} <strong>{x.latest}</strong>{' '}
          {x.direction && x.direction !== 'insufficient-data' && (
            <span className="muted">
              <span aria-hidden="true">{arrow[x.direction] ?? ''}</span> {x.direction}
            </span>
          )}
        </div>
      ))}
    </>
  );
}

/** The clinician's caseload, most recently seen first. */
export function ClientsPage() {
  const clients = useClients();
  return (
    <main className="page" id="main">
      <div className="page-head">
        <h1>Clients</h1>
        <Link className="button primary" to="/upload">
          Upload a session
        </Link>
      </div>
      {clients.isPending ? (
        <Loading label="Loading clients…" />
      ) : clients.isError ? (
        <ErrorState error={clients.error} onRetry={() => void clients.refetch()} />
      ) : clients.data.length === 0 ? (
        <Empty title="No clients yet">
          <p>Add a client from the upload page, or sign out and try the demo practice.</p>
        </Empty>
      ) : (
        <div className="card table-wrap">
          <table>
            <caption className="visually-hidden">
              Clients with their latest session, mood, risk and questionnaires
            </caption>
            <thead>
              <tr>
                <th scope="col">Client</th>
                <th scope="col">Last session</th>
                <th scope="col">Latest mood</th>
                <th scope="col">Risk</th>
                <th scope="col" className="hide-narrow">
                  Questionnaires
                </th>
              </tr>
            </thead>
            <tbody>
              {clients.data.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <Link to={`/clients/${c.id}`}>{c.name}</Link>
                    <div className="muted small">
                      {c.sessionCount} session{c.sessionCount === 1 ? '' : 's'}
                    </div>
                  </th>
                  <td>{c.lastSessionDate ? formatDay(c.lastSessionDate) : '—'}</td>
                  <td>
                    <MoodBadge score={c.latestMood} />
                  </td>
                  <td>
                    <RiskBadge level={c.riskLevel} />
                  </td>
                  <td className="hide-narrow">
                    <QuestionnaireCell q={c.questionnaires} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </main>
  );
}
