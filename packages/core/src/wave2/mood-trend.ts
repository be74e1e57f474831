import type { trendDirections } from './contracts/deep-analysis.contract.ts';

export type TrendDirection = (typeof trendDirections)[number];

/**
 * Direction of a mood series (oldest first): least-squares slope per session decides improving/declining when
 * it moves at least 0.25 points a session; a wide scatter around the line means variable.
 */
export function moodTrend(scores: readonly number[]): TrendDirection {
  const n = scores.length;
  if (n < 2) return 'first_session';
  const meanX = (n - 1) / 2;
  const meanY = scores.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  scores.forEach((y, x) => {
    sxy += (x - meanX) * (y - meanY);
    sxx += (x - meanX) ** 2;
  });
  const slope = sxy / sxx;
  const residual = Math.sqrt(scores.reduce((a, y, x) => a + (y - (meanY + slope * (x - meanX))) ** 2, 0) / n);
  if (residual >= 1.5) return 'variable';
  if (slope >= 0.25) return 'improving';
  if (slope <= -0.25) return 'declining';
  return 'stable';
}
