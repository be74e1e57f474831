import type { CrawlRun } from '../api/library.queries.ts';

const LABEL: Record<string, [string, string]> = {
  duplicate: ['duplicate', 'duplicates'],
  disallowed: ['blocked by robots.txt', 'blocked by robots.txt'],
  error: ['error', 'errors'],
};

/** A crawl run's state, a progress bar over the URLs found so far, and what became of them. */
export function CrawlProgress({ run }: { run: CrawlRun | undefined }) {
  if (!run) return <span className="muted">Never crawled</span>;
  const done = Object.values(run.counts).reduce((a, b) => a + b, 0);
  const total = done + run.queued;
  const active = run.state === 'queued' || run.state === 'running';
  const summary = Object.entries(run.counts)
    .map(([status, n]) => `${n} ${LABEL[status]?.[n === 1 ? 0 : 1] ?? status}`)
    .join(', ');
  return (
    <div>
      <span className={`stage ${active ? 'running' : run.state === 'failed' ? 'failed' : ''}`}>
        {run.state === 'queued'
          ? 'Queued'
          : run.state === 'running'
            ? 'Crawling'
            : run.state === 'failed'
              ? 'Failed'
              : 'Done'}
      </span>
      {active && total > 0 && (
        <progress value={done} max={total} aria-label={`${done} of ${total} addresses crawled`}>
          {done} of {total}
        </progress>
      )}
      {summary && <div className="muted small">{summary}</div>}
      {run.error && <div className="error-text small">{run.error}</div>}
    </div>
  );
}
