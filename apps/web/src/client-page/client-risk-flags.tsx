import { useClientRiskFlags } from '../api/progress.queries.ts';

/** Open risk flags from questionnaires, shown before anything else on the client page. */
export function ClientRiskFlags({ clientId }: { clientId: string }) {
  const flags = useClientRiskFlags(clientId);
  const open = (flags.data ?? []).filter((f) => f.acknowledgedAt === null);
  if (open.length === 0) return null;
  return (
    <section className="alert" role="alert" aria-labelledby="client-risk-heading" style={{ marginBottom: '1rem' }}>
      <h2 id="client-risk-heading">Risk flagged outside sessions</h2>
      <ul>
        {open.map((f) => (
          <li key={f.id}>
            {f.detail} <span className="muted small">({new Date(f.createdAt).toLocaleString()})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
