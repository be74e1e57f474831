export type RiskLevel = 'none' | 'low' | 'moderate' | 'high';

const labels: Record<RiskLevel, string> = {
  none: 'No risk flags',
  low: 'Low risk',
  moderate: 'Moderate risk',
  high: 'High risk',
};

export function RiskBadge({ level }: { level: RiskLevel | null | undefined }) {
  if (!level) return <span className="badge">Not analysed</span>;
  return <span className={`badge ${level === 'none' ? 'ok' : level}`}>{labels[level]}</span>;
}
