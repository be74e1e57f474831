import type { QuestionnaireTrendView } from '../api/view-models.ts';

/** PHQ-9 / GAD-7 scores filled by the client, latest first, with the API's trend direction. */
export function QuestionnaireCard({ items }: { items: QuestionnaireTrendView[] }) {
  return (
    <section className="card" aria-labelledby="q-heading">
      <h2 id="q-heading">PHQ-9 and GAD-7</h2>
      {items.every((q) => q.points.length === 0) ? (
        <p className="muted">No questionnaires filled yet. Clients fill them in their portal.</p>
      ) : (
        <ul className="plain">
          {items.map((q) => (
            <li key={q.instrument}>
              <strong>{q.instrument}</strong>: {q.latest ?? '—'}{' '}
              {q.severity && <span className="badge">{q.severity}</span>}{' '}
              {q.direction && <span className="muted">({q.direction})</span>}
              <div className="muted small">{q.points.map((p) => `${p.date.slice(5, 10)}: ${p.score}`).join(' · ')}</div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
