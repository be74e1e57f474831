import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Navigate } from 'react-router-dom';
import { useMe } from '../api/auth.queries.ts';
import { useCrawlRuns } from '../api/library.queries.ts';
import { keys } from '../api/query-keys.ts';
import { PagesTable } from '../library/pages-table.tsx';
import { SourceForm } from '../library/source-form.tsx';
import { SourcesTable } from '../library/sources-table.tsx';

/** Admin: the resource library — trusted sites, their crawls with live progress, and the pages they produced. */
export function LibraryPage() {
  const me = useMe();
  const runs = useCrawlRuns();
  const qc = useQueryClient();
  const active = runs.data?.some((r) => r.state === 'queued' || r.state === 'running') ?? false;
  const wasActive = useRef(active);
  // When the last crawl finishes, page counts and the page list changed: fetch them again.
  useEffect(() => {
    if (wasActive.current && !active) {
      void qc.invalidateQueries({ queryKey: keys.libraryPages() });
      void qc.invalidateQueries({ queryKey: keys.librarySources() });
    }
    wasActive.current = active;
  }, [active, qc]);

  if (me.data && me.data.role !== 'admin') return <Navigate to="/" replace />;
  return (
    <main className="page" id="main">
      <div className="page-head">
        <div>
          <h1>Resource library</h1>
          <p className="muted">
            Self-help pages from sites your practice trusts. Crawls respect each site&apos;s robots.txt and rate limits;
            clinicians recommend pages from here and approve each one before a client sees it.
          </p>
        </div>
      </div>
      <div className="stack">
        <SourceForm />
        <SourcesTable />
        <PagesTable />
      </div>
    </main>
  );
}
