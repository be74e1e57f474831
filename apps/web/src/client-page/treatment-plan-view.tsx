import type { TreatmentPlan } from '../api/rollups.queries.ts';
import { formatDay } from '../session/analysis-types.ts';

const STATUS: Record<TreatmentPlan['goals'][number]['progress'][number]['status'], string> = {
  no_change: 'No change',
  some_progress: 'Some progress',
  achieved: 'Achieved',
  setback: 'Setback',
};

/** Problems → goals with measurable objectives and the sessions that moved them → interventions. */
export function TreatmentPlanView({ plan }: { plan: TreatmentPlan }) {
  const problem = (id: string) => plan.problems.find((p) => p.id === id)?.statement ?? id;
  return (
    <div className="stack">
      <div>
        <h3>Problems</h3>
        <ul>
          {plan.problems.map((p) => (
            <li key={p.id}>
              <strong>{p.id}</strong> {p.statement}
            </li>
          ))}
        </ul>
      </div>
      <div>
        <h3>Goals</h3>
        <ol className="plain stack">
          {plan.goals.map((g) => (
            <li key={g.id}>
              <p>
                <strong>{g.id}</strong> {g.statement} <span className="muted small">(for: {problem(g.problemId)})</span>
              </p>
              <ul>
                {g.objectives.map((o) => (
                  <li key={o.text}>
                    {o.text}{' '}
                    <span className="muted small">
                      — {o.measure}; target {o.target}
                    </span>
                  </li>
                ))}
              </ul>
              {g.progress.length > 0 ? (
                <p className="small">
                  Progress:{' '}
                  {g.progress.slice(-4).map((p, i) => (
                    <span key={p.sessionId} title={p.note}>
                      {i > 0 && ' · '}
                      {formatDay(p.date)}{' '}
                      <span className={`badge ${p.status === 'setback' ? 'low' : 'ok'}`}>{STATUS[p.status]}</span>
                    </span>
                  ))}
                </p>
              ) : (
                <p className="muted small">No later session has touched this goal yet.</p>
              )}
            </li>
          ))}
        </ol>
      </div>
      <div>
        <h3>Interventions</h3>
        <ul>
          {plan.interventions.map((i) => (
            <li key={i.name}>
              {i.name}{' '}
              <span className="muted small">
                — {i.frequency}; goals {i.goalIds.join(', ')}
              </span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
