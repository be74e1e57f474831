import { Fragment, useState } from 'react';
import { useLibraryPage, useLibraryPages } from '../api/library.queries.ts';
import { Empty, ErrorState, Loading } from '../components/states.tsx';
import { ReadableCopy } from './readable-copy.tsx';

/** The pages the crawls produced: title, language, topic tags, and the readable copy on demand. */
export function PagesTable() {
  const pages = useLibraryPages();
  const [open, setOpen] = useState<string | null>(null);
  const page = useLibraryPage(open);
  if (pages.isPending) return <Loading />;
  if (pages.isError) return <ErrorState error={pages.error} onRetry={() => void pages.refetch()} />;
  if (pages.data.length === 0) return <Empty title="No pages yet">Pages appear here as crawls finish.</Empty>;
  return (
    <section className="card table-wrap" aria-labelledby="pages-heading">
      <h2 id="pages-heading">Pages ({pages.data.length})</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Language</th>
            <th scope="col">Topics</th>
            <th scope="col">Changed</th>
          </tr>
        </thead>
        <tbody>
          {pages.data.map((p) => (
            <Fragment key={p.id}>
              <tr>
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    aria-expanded={open === p.id}
                    onClick={() => setOpen(open === p.id ? null : p.id)}
                  >
                    {p.title}
                  </button>
                  <div className="muted small">
                    <a href={p.url} target="_blank" rel="noopener noreferrer">
                      {p.url}
                    </a>
                    {p.rendered && ' · rendered'}
                  </div>
                </th>
                <td>{p.language}</td>
                <td>
                  <ul className="chips plain">
                    {p.tags.map((t) => (
                      <li key={t.id} className="badge">
                        {t.id.replaceAll('_', ' ')}
                      </li>
                    ))}
                  </ul>
                </td>
                <td>
                  {new Date(p.changedAt).toLocaleDateString()}
                  {p.version > 1 && <div className="muted small">version {p.version}</div>}
                </td>
              </tr>
              {open === p.id && (
                <tr>
                  <td colSpan={4}>
                    {page.isPending ? (
                      <Loading />
                    ) : page.isError ? (
                      <ErrorState error={page.error} />
                    ) : (
                      <ReadableCopy markdown={page.data.markdown} />
                    )}
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
    </section>
  );
}
