import { useClientResources } from '../api/recommendations.queries.ts';
import { ErrorState, Loading } from '../components/states.tsx';
import { ReadableCopy } from '../library/readable-copy.tsx';

/** Self-help pages the client's therapist approved for them, readable here or on the original site. */
export function MyResources({ clientId }: { clientId: string | undefined }) {
  const resources = useClientResources(clientId);
  return (
    <section className="card" aria-labelledby="resources-heading">
      <h2 id="resources-heading">Reading from your therapist</h2>
      {clientId === undefined || resources.isPending ? (
        <Loading />
      ) : resources.isError ? (
        <ErrorState error={resources.error} onRetry={() => void resources.refetch()} />
      ) : resources.data.length === 0 ? (
        <p className="muted">Nothing shared yet.</p>
      ) : (
        <ul className="plain stack">
          {resources.data.map((r) => (
            <li key={r.id}>
              <details>
                <summary>{r.title}</summary>
                <ReadableCopy markdown={r.markdown} />
              </details>
              <a className="small" href={r.url} target="_blank" rel="noopener noreferrer">
                Open the original page<span className="visually-hidden"> for {r.title}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
