import { useState } from 'react';
import { useApprovePlan, useEditPlan, useTreatmentPlan } from '../api/rollups.queries.ts';
import { ErrorState, Loading } from '../components/states.tsx';
import { formatDay } from '../session/analysis-types.ts';
import { TreatmentPlanEditor } from './treatment-plan-editor.tsx';
import { TreatmentPlanView } from './treatment-plan-view.tsx';

/**
 * The treatment plan draft for review: each session's rollup writes a new version; the clinician edits the newest
 * (saved as a new version) and approves it. Earlier versions can be opened read-only.
 */
export function TreatmentPlanCard({ clientId }: { clientId: string }) {
  const [version, setVersion] = useState<number | null>(null);
  const [editing, setEditing] = useState(false);
  const plan = useTreatmentPlan(clientId, version);
  const edit = useEditPlan(clientId);
  const approve = useApprovePlan(clientId);

  const body = () => {
    if (plan.isPending) return <Loading label="Loading the treatment plan…" />;
    if (plan.isError) return <ErrorState error={plan.error} onRetry={() => void plan.refetch()} />;
    const { current, versions, approvedVersion } = plan.data;
    if (!current)
      return <p className="muted">No treatment plan yet. It is drafted after the first analysed session.</p>;
    const newest = versions[0]?.version ?? current.version;
    const isNewest = current.version === newest;
    const error = edit.error ?? approve.error;
    return (
      <>
        <div className="row">
          {current.approvedAt ? (
            <span className="badge ok">Approved {formatDay(current.approvedAt)}</span>
          ) : (
            <span className="badge low">Draft: needs your review</span>
          )}
          {!current.approvedAt && approvedVersion !== null && (
            <span className="muted small">Last approved: version {approvedVersion}</span>
          )}
          <label htmlFor="plan-version" className="visually-hidden">
            Version
          </label>
          <select
            id="plan-version"
            style={{ width: 'auto' }}
            value={current.version}
            onChange={(e) => {
              const v = Number(e.target.value);
              setEditing(false);
              setVersion(v === newest ? null : v);
            }}
          >
            {versions.map((v) => (
              <option key={v.version} value={v.version}>
                Version {v.version} · {formatDay(v.createdAt)} · {v.provider === 'clinician' ? 'edited' : 'drafted'}
                {v.approvedAt ? ' · approved' : ''}
              </option>
            ))}
          </select>
        </div>
        <p className="muted small">{current.label}</p>
        {!isNewest && (
          <p className="alert info">An earlier version, read-only. Choose the newest to edit or approve.</p>
        )}
        {editing && isNewest ? (
          <TreatmentPlanEditor
            plan={current.value}
            saving={edit.isPending}
            onCancel={() => setEditing(false)}
            onSave={(next) =>
              edit.mutate({ basedOnVersion: current.version, plan: next }, { onSuccess: () => setEditing(false) })
            }
          />
        ) : (
          <>
            <TreatmentPlanView plan={current.value} />
            {isNewest && (
              <div className="row">
                <button type="button" onClick={() => setEditing(true)}>
                  Edit
                </button>
                {!current.approvedAt && (
                  <button
                    type="button"
                    className="primary"
                    disabled={approve.isPending}
                    onClick={() => approve.mutate(current.version)}
                  >
                    Approve version {current.version}
                  </button>
                )}
              </div>
            )}
          </>
        )}
        {error && <ErrorState error={error} onRetry={() => void plan.refetch()} />}
      </>
    );
  };

  return (
    <section className="card stack" aria-labelledby="plan-heading">
      <h2 id="plan-heading">Treatment plan</h2>
      {body()}
    </section>
  );
}
