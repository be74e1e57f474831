import { useCrawlRuns, useDeleteSource, useLibrarySources, useStartCrawl } from '../api/library.queries.ts';
import { Empty, ErrorState, Loading } from '../components/states.tsx';
import { CrawlProgress } from './crawl-progress.tsx';

/** The practice's sources with their latest crawl and the actions an admin takes on them. */
export function SourcesTable() {
  const sources = useLibrarySources();
  const runs = useCrawlRuns();
  const start = useStartCrawl();
  const remove = useDeleteSource();
  if (sources.isPending) return <Loading />;
  if (sources.isError) return <ErrorState error={sources.error} onRetry={() => void sources.refetch()} />;
  if (sources.data.length === 0)
    return (
      <Empty title="No sources yet">
        <p>Add a site your practice trusts; its pages become the library you recommend from.</p>
      </Empty>
    );
  return (
    <section className="card table-wrap" aria-labelledby="sources-heading">
      <h2 id="sources-heading">Sources</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Site</th>
            <th scope="col">Pages</th>
            <th scope="col">Latest crawl</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sources.data.map((s) => {
            const latest = runs.data?.find((r) => r.sourceId === s.id);
            const active = latest?.state === 'queued' || latest?.state === 'running';
            return (
              <tr key={s.id}>
                <th scope="row">
                  {s.url}
                  <div className="muted small">
                    depth {s.depth}, {s.rate}/s, render {s.render}, every {s.recrawlEveryHours} h
                  </div>
                </th>
                <td>{s.pages}</td>
                <td aria-live="polite">
                  <CrawlProgress run={latest} />
                </td>
                <td>
                  <div className="row">
                    <button type="button" disabled={active || start.isPending} onClick={() => start.mutate(s.id)}>
                      Crawl now<span className="visually-hidden"> {s.url}</span>
                    </button>
                    <button
                      type="button"
                      disabled={remove.isPending}
                      onClick={() => {
                        if (window.confirm(`Remove ${s.url} and its pages from the library?`)) remove.mutate(s.id);
                      }}
                    >
                      Remove<span className="visually-hidden"> {s.url}</span>
                    </button>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {start.error && <ErrorState error={start.error} />}
      {remove.error && <ErrorState error={remove.error} />}
    </section>
  );
}
