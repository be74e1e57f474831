import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { SessionSummaryView } from '../api/view-models.ts';

// Sessions without questions have no ratio; the chart leaves a gap rather than plotting a made-up zero.
function nullableRound(v: number | null | undefined, digits: number): number | null {
  return v === null || v === undefined ? null : Number(v.toFixed(digits));
}

/** The counsellor's skill profile per session (MI coding): open questions and reflections per question. */
export function SkillProfile({ sessions }: { sessions: SessionSummaryView[] }) {
  const points = [...sessions]
    .filter((s) => s.analysis.miSkills)
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((s) => ({
      date: s.date.slice(5, 10),
      openQuestions: nullableRound(s.analysis.miSkills?.percentOpenQuestions, 0),
      reflectionsPerQuestion: nullableRound(s.analysis.miSkills?.reflectionToQuestionRatio, 2),
    }));
  return (
    <section className="card" aria-labelledby="skills-heading">
      <h2 id="skills-heading">Counselling-skill profile</h2>
      {points.length < 2 ? (
        <p className="muted">The profile appears after two analysed sessions.</p>
      ) : (
        <>
          <div style={{ width: '100%', height: 200 }} aria-hidden="true">
            <ResponsiveContainer>
              <LineChart accessibilityLayer={false} data={points} margin={{ top: 8, right: 12, bottom: 0, left: -20 }}>
                <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
                <XAxis dataKey="date" tick={{ fill: 'var(--muted)', fontSize: 12 }} />
                <YAxis yAxisId="pct" domain={[0, 100]} tick={{ fill: 'var(--muted)', fontSize: 12 }} />
                <YAxis yAxisId="ratio" orientation="right" tick={{ fill: 'var(--muted)', fontSize: 12 }} />
                <Tooltip contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)' }} />
                <Legend />
                <Line yAxisId="pct" dataKey="openQuestions" name="% open questions" stroke="var(--accent)" />
                <Line
                  yAxisId="ratio"
                  dataKey="reflectionsPerQuestion"
                  name="Reflections per question"
                  stroke="var(--star)"
                />
              </LineChart>
            </ResponsiveContainer>
          </div>
          <p className="visually-hidden">
            {points
              .map(
                (p) =>
                  `${p.date}: ${p.openQuestions ?? '—'}% open questions, ${p.reflectionsPerQuestion ?? '—'} reflections per question`,
              )
              .join('; ')}
          </p>
        </>
      )}
    </section>
  );
}
