import type { SessionSummaryView } from '../api/view-models.ts';
import { formatDay } from '../session/analysis-types.ts';

/** Which topics came up in which session: a compact grid, oldest session on the left. */
export function TopicsOverTime({ sessions }: { sessions: SessionSummaryView[] }) {
  const ordered = [...sessions].filter((s) => s.analysis.topics).sort((a, b) => a.date.localeCompare(b.date));
  const labels = new Map<string, string>();
  for (const s of ordered) for (const t of s.analysis.topics ?? []) labels.set(t.id, t.label);
  return (
    <section className="card" aria-labelledby="topics-heading">
      <h2 id="topics-heading">Topics over time</h2>
      <p className="muted small">Columns are sessions, oldest first.</p>
      {labels.size === 0 ? (
        <p className="muted">Topics appear as sessions are analysed.</p>
      ) : (
        <div className="table-wrap">
          <table className="topic-grid">
            <thead>
              <tr>
                <th scope="col">Topic</th>
                {ordered.map((s, n) => (
                  <th scope="col" key={s.id} className="small">
                    <abbr title={formatDay(s.date)}>{n + 1}</abbr>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {[...labels].map(([id, label]) => (
                <tr key={id}>
                  <th scope="row">{label}</th>
                  {ordered.map((s) => {
                    const hit = s.analysis.topics?.some((t) => t.id === id);
                    return (
                      <td key={s.id} aria-label={hit ? 'discussed' : 'not discussed'}>
                        {hit ? '●' : ''}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
