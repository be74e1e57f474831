import { useJourney } from '../api/rollups.queries.ts';
import { JourneyView } from '../components/journey-view.tsx';
import { ErrorState, Loading } from '../components/states.tsx';

/** The client's journey as the clinician sees it: the newest version and how many there are. */
export function JourneyCard({ clientId }: { clientId: string }) {
  const journey = useJourney(clientId);
  return (
    <section className="card" aria-labelledby="journey-heading">
      <h2 id="journey-heading">Journey</h2>
      {journey.isPending ? (
        <Loading label="Loading the journey…" />
      ) : journey.isError ? (
        <ErrorState error={journey.error} onRetry={() => void journey.refetch()} />
      ) : journey.data.current === null ? (
        <p className="muted">No journey yet. It is written after the first analysed session.</p>
      ) : (
        <>
          <p className="muted small">
            Version {journey.data.current.version} of {journey.data.versions.length}; regenerated after each session.
            Your client reads it in their portal, with anything about risk left out.
          </p>
          <JourneyView journey={journey.data.current} />
        </>
      )}
    </section>
  );
}
