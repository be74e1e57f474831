import { useState, type FormEvent } from 'react';
import type { TreatmentPlan } from '../api/rollups.queries.ts';

interface Props {
  plan: TreatmentPlan;
  saving: boolean;
  onSave: (plan: TreatmentPlan) => void;
  onCancel: () => void;
}

/** Edits the wording of a plan: problem and goal statements, objectives and interventions (structure is kept). */
export function TreatmentPlanEditor({ plan, saving, onSave, onCancel }: Props) {
  const [draft, setDraft] = useState<TreatmentPlan>(plan);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSave(draft);
  };
  // Limits mirror the plan contract, so the browser stops an over-long field before the server refuses it.
  const text = (id: string, label: string, value: string, set: (v: string) => void, max = 400) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} rows={2} required maxLength={max} value={value} onChange={(e) => set(e.target.value)} />
    </div>
  );

  return (
    <form onSubmit={submit} aria-label="Edit treatment plan">
      <fieldset>
        <legend>Problems</legend>
        {draft.problems.map((p, pi) =>
          text(`plan-problem-${p.id}`, p.id, p.statement, (v) =>
            setDraft((d) => ({ ...d, problems: d.problems.map((x, i) => (i === pi ? { ...x, statement: v } : x)) })),
          ),
        )}
      </fieldset>
      {draft.goals.map((g, gi) => {
        const setGoal = (patch: Partial<TreatmentPlan['goals'][number]>) =>
          setDraft((d) => ({ ...d, goals: d.goals.map((x, i) => (i === gi ? { ...x, ...patch } : x)) }));
        return (
          <fieldset key={g.id}>
            <legend>Goal {g.id}</legend>
            {text(`plan-goal-${g.id}`, 'Goal', g.statement, (v) => setGoal({ statement: v }))}
            {g.objectives.map((o, oi) => {
              const setObjective = (patch: Partial<typeof o>) =>
                setGoal({ objectives: g.objectives.map((x, i) => (i === oi ? { ...x, ...patch } : x)) });
              return (
                <div key={oi} className="grid">
                  {text(`plan-${g.id}-obj-${oi}`, `Objective ${oi + 1}`, o.text, (v) => setObjective({ text: v }))}
                  {text(`plan-${g.id}-measure-${oi}`, 'Measured by', o.measure, (v) => setObjective({ measure: v }))}
                  {text(`plan-${g.id}-target-${oi}`, 'Target', o.target, (v) => setObjective({ target: v }), 120)}
                </div>
              );
            })}
          </fieldset>
        );
      })}
      <fieldset>
        <legend>Interventions</legend>
        {draft.interventions.map((iv, ii) => {
          const setIntervention = (patch: Partial<typeof iv>) =>
            setDraft((d) => ({
              ...d,
              interventions: d.interventions.map((x, i) => (i === ii ? { ...x, ...patch } : x)),
            }));
          return (
            <div key={ii} className="grid">
              {text(`plan-iv-${ii}`, 'Intervention', iv.name, (v) => setIntervention({ name: v }), 120)}
              {text(`plan-iv-freq-${ii}`, 'How often', iv.frequency, (v) => setIntervention({ frequency: v }))}
            </div>
          );
        })}
      </fieldset>
      <div className="row">
        <button type="submit" className="primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save as a new version'}
        </button>
        <button type="button" onClick={onCancel} disabled={saving}>
          Cancel
        </button>
      </div>
    </form>
  );
}
