import type { RiskView } from './analysis-types.ts';
import { formatTime } from './analysis-types.ts';

const typeLabels: Record<string, string> = {
  passive_suicidal_ideation: 'Passive suicidal ideation',
  active_suicidal_ideation: 'Active suicidal ideation',
  self_harm: 'Self-harm',
  harm_to_others: 'Harm to others',
  abuse: 'Abuse',
  substance_crisis: 'Substance-related crisis',
};

/** Shown first on the session page whenever the risk detector flagged anything. */
export function RiskBanner({ risk, onJump }: { risk: RiskView | undefined; onJump: (seconds: number) => void }) {
  if (!risk || risk.flags.length === 0) return null;
  return (
    <section className="alert risk-banner" aria-labelledby="risk-heading" role="alert">
      <h2 id="risk-heading">Risk flagged: {risk.level}</h2>
      <ul>
        {risk.flags.map((f, i) => (
          <li key={i}>
            <strong>{typeLabels[f.type] ?? f.type}</strong> ({f.severity}) —{' '}
            <button type="button" className="link-button" onClick={() => onJump(f.start)}>
              {formatTime(f.start)}
            </button>{' '}
            <q>{f.quote}</q>
          </li>
        ))}
      </ul>
    </section>
  );
}
