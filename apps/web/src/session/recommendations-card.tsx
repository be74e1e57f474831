import {
  useDecideRecommendation,
  useProposeRecommendations,
  useSessionRecommendations,
} from '../api/recommendations.queries.ts';
import { ErrorState, Loading } from '../components/states.tsx';

const STATUS: Record<string, string> = { proposed: 'Waiting for you', approved: 'Shared', dismissed: 'Dismissed' };

/** Library pages matched to this session's topics and homework; each is shared with the client only once approved. */
export function RecommendationsCard({ sessionId }: { sessionId: string }) {
  const recs = useSessionRecommendations(sessionId);
  const propose = useProposeRecommendations(sessionId);
  const decide = useDecideRecommendation(sessionId);
  return (
    <section className="card" aria-labelledby="recs-heading">
      <h2 id="recs-heading">Self-help pages for the client</h2>
      {recs.isPending ? (
        <Loading />
      ) : recs.isError ? (
        <ErrorState error={recs.error} onRetry={() => void recs.refetch()} />
      ) : recs.data.length === 0 ? (
        <p className="muted">No pages suggested yet. Suggestions come from the resource library.</p>
      ) : (
        <ul className="plain stack">
          {recs.data.map((r) => (
            <li key={r.id}>
              <a href={r.url} target="_blank" rel="noopener noreferrer">
                {r.title}
              </a>{' '}
              <span className="badge">{STATUS[r.status] ?? r.status}</span>
              <ul className="muted small">
                {r.reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
              {r.status === 'proposed' && (
                <div className="row">
                  <button
                    type="button"
                    disabled={decide.isPending}
                    onClick={() => decide.mutate({ id: r.id, status: 'approved' })}
                  >
                    Approve<span className="visually-hidden"> {r.title}</span>
                  </button>
                  <button
                    type="button"
                    disabled={decide.isPending}
                    onClick={() => decide.mutate({ id: r.id, status: 'dismissed' })}
                  >
                    Dismiss<span className="visually-hidden"> {r.title}</span>
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="row">
        <button type="button" onClick={() => propose.mutate()} disabled={propose.isPending}>
          {propose.isPending ? 'Looking…' : 'Suggest pages'}
        </button>
      </div>
      {propose.error && <ErrorState error={propose.error} />}
      {decide.error && <ErrorState error={decide.error} />}
    </section>
  );
}
