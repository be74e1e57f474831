/**
 * Wave 2 deep analysis. Its fields are lists of findings with evidence; the card shows every list it finds so
 * the screen keeps up with the contract without hiding anything the engine produced.
 */
export function DeepAnalysisCard({ deep }: { deep: Record<string, unknown> | null }) {
  if (!deep) return null;
  const sections = Object.entries(deep).filter(([, v]) => v !== null && typeof v === 'object');
  return (
    <section className="card" aria-labelledby="deep-heading">
      <h2 id="deep-heading">Deep analysis</h2>
      {sections.map(([key, value]) => (
        <details key={key}>
          <summary>{humanize(key)}</summary>
          <FindingList value={value} />
        </details>
      ))}
    </section>
  );
}

function humanize(key: string): string {
  const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1).toLowerCase();
}

function FindingList({ value }: { value: unknown }) {
  if (Array.isArray(value))
    return (
      <ul>
        {value.map((v, i) => (
          <li key={i}>{describe(v)}</li>
        ))}
      </ul>
    );
  if (value && typeof value === 'object')
    return (
      <dl className="metrics">
        {Object.entries(value).map(([k, v]) => (
          <div key={k}>
            <dt>{humanize(k)}</dt>
            <dd>{describe(v)}</dd>
          </div>
        ))}
      </dl>
    );
  return <p>{describe(value)}</p>;
}

/** One finding as text: its main wording first, then level/quote when present. */
function describe(v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (typeof v !== 'object') return String(v);
  if (Array.isArray(v)) return v.map(describe).join('; ');
  const o = v as Record<string, unknown>;
  const main = ['text', 'description', 'label', 'name', 'skill', 'summary', 'level']
    .map((k) => o[k])
    .find((x) => typeof x === 'string');
  const level = typeof o.level === 'string' && o.level !== main ? ` (${o.level})` : '';
  const evidence = Array.isArray(o.evidence) ? (o.evidence[0] as { quote?: string } | undefined)?.quote : undefined;
  if (typeof main === 'string') return `${main}${level}${evidence ? ` — “${evidence}”` : ''}`;
  return Object.entries(o)
    .filter(([, x]) => typeof x !== 'object')
    .map(([k, x]) => `${humanize(k)}: ${String(x)}`)
    .join(', ');
}
