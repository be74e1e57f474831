/** One stored generation cost (a `generation_costs` row in camelCase). */
export interface CostRecord {
  sessionId: string | null;
  clientId: string | null;
  createdAt: Date | string;
  task: string;
  provider: string;
  model: string | null;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  outcome: string;
}

export type CostGrouping = 'session' | 'client' | 'month';

/** Totals for one session, client or month. */
export interface CostSummaryRow {
  key: string;
  calls: number;
  failed: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
}

const NONE = '(none)';

const keyOf = (r: CostRecord, groupBy: CostGrouping): string => {
  switch (groupBy) {
    case 'session':
      return r.sessionId ?? NONE;
    case 'client':
      return r.clientId ?? NONE;
    case 'month':
      return new Date(r.createdAt).toISOString().slice(0, 7);
  }
};

/** Sums calls, tokens and USD per session, client or calendar month (UTC), sorted by key; last row is the total. */
export function summarizeCosts(records: readonly CostRecord[], groupBy: CostGrouping): CostSummaryRow[] {
  const groups = new Map<string, CostSummaryRow>();
  const total: CostSummaryRow = { key: 'total', calls: 0, failed: 0, inputTokens: 0, outputTokens: 0, costUsd: 0 };
  for (const r of records) {
    const key = keyOf(r, groupBy);
    const row = groups.get(key) ?? { key, calls: 0, failed: 0, inputTokens: 0, outputTokens: 0, costUsd: 0 };
    for (const target of [row, total]) {
      target.calls++;
      if (r.outcome === 'failed') target.failed++;
      target.inputTokens += r.inputTokens;
      target.outputTokens += r.outputTokens;
      target.costUsd += r.costUsd;
    }
    groups.set(key, row);
  }
  const round = (row: CostSummaryRow): CostSummaryRow => ({ ...row, costUsd: Math.round(row.costUsd * 1e6) / 1e6 });
  return [...[...groups.values()].sort((a, b) => a.key.localeCompare(b.key)), total].map(round);
}
