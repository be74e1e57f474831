import { Link } from 'react-router-dom';
import { useJourney } from '../api/rollups.queries.ts';
import { JourneyView } from '../components/journey-view.tsx';
import { ErrorState, Loading } from '../components/states.tsx';

/** The signed-in client's journey on their home page, with the way to the page they can share. */
export function MyJourney({ clientId }: { clientId: string | undefined }) {
  const journey = useJourney(clientId);
  return (
    <section className="card" aria-labelledby="my-journey-heading">
      <h2 id="my-journey-heading">My journey</h2>
      {clientId === undefined ? (
        <p className="muted">Your account is not linked to a client record yet.</p>
      ) : journey.isPending ? (
        <Loading label="Loading your journey…" />
      ) : journey.isError ? (
        <ErrorState error={journey.error} onRetry={() => void journey.refetch()} />
      ) : journey.data.current === null ? (
        <p className="muted">Your journey appears here after your first session has been reviewed.</p>
      ) : (
        <JourneyView journey={journey.data.current} />
      )}
      <p>
        <Link to="/my/bridge">What I can share with people close to me</Link>
      </p>
    </section>
  );
}
