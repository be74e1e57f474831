export type TrendDirection = 'improving' | 'worsening' | 'stable' | 'insufficient-data';

export interface TrendPoint {
  at: string;
  value: number;
}

/**
 * Least-squares slope per observation; |slope| under `flat` counts as stable. `higherIsBetter` is true for mood
 * and false for questionnaire totals (a falling PHQ-9 is improvement).
 */
export function trendDirection(points: readonly TrendPoint[], higherIsBetter: boolean, flat: number): TrendDirection {
  if (points.length < 3) return 'insufficient-data';
  const n = points.length;
  const meanX = (n - 1) / 2;
  const meanY = points.reduce((s, p) => s + p.value, 0) / n;
  let num = 0;
  let den = 0;
  points.forEach((p, i) => {
    num += (i - meanX) * (p.value - meanY);
    den += (i - meanX) ** 2;
  });
  const slope = num / den;
  if (Math.abs(slope) < flat) return 'stable';
  return slope > 0 === higherIsBetter ? 'improving' : 'worsening';
}

export interface Attendance {
  sessions: number;
  firstAt: string | null;
  lastAt: string | null;
  /** Median days between consecutive sessions; null with fewer than two. */
  medianGapDays: number | null;
  /** Longest gap in days between consecutive sessions. */
  longestGapDays: number | null;
}

/** Attendance from the sessions' real dates (not their count alone), so gaps in care are visible. */
export function attendance(dates: readonly Date[]): Attendance {
  const sorted = [...dates].sort((a, b) => a.getTime() - b.getTime());
  const gaps = sorted.slice(1).map((d, i) => (d.getTime() - (sorted[i]?.getTime() ?? 0)) / 86_400_000);
  const sortedGaps = [...gaps].sort((a, b) => a - b);
  const median = sortedGaps.length === 0 ? null : (sortedGaps[Math.floor((sortedGaps.length - 1) / 2)] ?? null);
  return {
    sessions: sorted.length,
    firstAt: sorted[0]?.toISOString() ?? null,
    lastAt: sorted.at(-1)?.toISOString() ?? null,
    medianGapDays: median === null ? null : Math.round(median * 10) / 10,
    longestGapDays: gaps.length === 0 ? null : Math.round(Math.max(...gaps) * 10) / 10,
  };
}
