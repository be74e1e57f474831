import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface MoodPoint {
  date: string;
  score: number;
}

const directionText: Record<string, string> = {
  improving: '↗ Improving',
  declining: '↘ Declining',
  worsening: '↘ Worsening',
  variable: '↕ Variable',
  stable: '→ Stable',
};

/** Mood per session over time; the direction comes from the API's trend calculation. */
export function MoodChart({ points, direction }: { points: MoodPoint[]; direction: string | null }) {
  return (
    <section className="card" aria-labelledby="mood-chart-heading">
      <div className="row">
        <h2 id="mood-chart-heading">Mood trend</h2>
        {direction && direction in directionText && <span className="badge">{directionText[direction]}</span>}
      </div>
      {points.length < 2 ? (
        <p className="muted">The trend appears after two analysed sessions.</p>
      ) : (
        <>
          <div style={{ width: '100%', height: 220 }} aria-hidden="true">
            <ResponsiveContainer>
              <LineChart accessibilityLayer={false} data={points} margin={{ top: 8, right: 12, bottom: 0, left: -20 }}>
                <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
                <XAxis dataKey="date" tick={{ fill: 'var(--muted)', fontSize: 12 }} />
                <YAxis domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} tick={{ fill: 'var(--muted)', fontSize: 12 }} />
                <Tooltip contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)' }} />
                <Line type="monotone" dataKey="score" name="Mood" stroke="var(--accent)" strokeWidth={2} dot />
              </LineChart>
            </ResponsiveContainer>
          </div>
          <p className="visually-hidden">Mood by session: {points.map((p) => `${p.date}: ${p.score}`).join(', ')}.</p>
        </>
      )}
    </section>
  );
}
