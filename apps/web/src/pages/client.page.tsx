import { Link, useParams } from 'react-router-dom';
import { useClient } from '../api/clients.queries.ts';
import { useClientSessions } from '../api/sessions.queries.ts';
import { SessionCard } from '../client-page/session-card.tsx';
import { ClientExportButtons } from '../client-page/client-export-buttons.tsx';
import { ClientProgress } from '../client-page/client-progress.tsx';
import { InviteClient } from '../client-page/invite-client.tsx';
import { ClientRiskFlags } from '../client-page/client-risk-flags.tsx';
import { JourneyCard } from '../client-page/journey-card.tsx';
import { TreatmentPlanCard } from '../client-page/treatment-plan-card.tsx';
import { Empty, ErrorState, Loading } from '../components/states.tsx';

/** A client's course: sessions newest first, mood trend, questionnaires, topics, skills, journey, plan. */
export function ClientPage() {
  const { clientId = '' } = useParams();
  const client = useClient(clientId);
  const sessions = useClientSessions(clientId);

  if (client.isPending)
    return (
      <main className="page" id="main">
        <Loading />
      </main>
    );
  if (client.isError)
    return (
      <main className="page" id="main">
        <ErrorState error={client.error} onRetry={() => void client.refetch()} />
      </main>
    );

  const list = sessions.data ?? [];

  return (
    <main className="page" id="main">
      <ClientRiskFlags clientId={clientId} />
      <div className="page-head">
        <div>
          <p className="muted small">
            <Link to="/">Clients</Link> /
          </p>
          <h1>{client.data.name}</h1>
        </div>
        <div className="row">
          <ClientExportButtons clientId={clientId} />
          <Link className="button primary" to={`/upload?client=${clientId}`}>
            Upload a session
          </Link>
        </div>
      </div>
      <div className="two-col">
        <section aria-labelledby="sessions-heading">
          <h2 id="sessions-heading">Sessions ({list.length})</h2>
          {sessions.isPending ? (
            <Loading label="Loading sessions…" />
          ) : sessions.isError ? (
            <ErrorState error={sessions.error} onRetry={() => void sessions.refetch()} />
          ) : list.length === 0 ? (
            <Empty title="No sessions yet">
              <p>
                <Link to={`/upload?client=${clientId}`}>Upload a recording or transcript</Link> to start.
              </p>
            </Empty>
          ) : (
            <ol className="session-list stack">
              {list.map((s) => (
                <SessionCard key={s.id} s={s} href={`/sessions/${s.id}`} />
              ))}
            </ol>
          )}
        </section>
        <div className="stack">
          <ClientProgress clientId={clientId} sessions={list} />
          {!client.data.hasLogin && <InviteClient clientId={clientId} />}
        </div>
      </div>
      <div className="two-col" style={{ marginTop: '1rem' }}>
        <TreatmentPlanCard clientId={clientId} />
        <JourneyCard clientId={clientId} />
      </div>
    </main>
  );
}
