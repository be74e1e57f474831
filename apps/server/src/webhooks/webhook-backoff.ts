/** Attempts before a delivery is marked failed; with the delays below that spans about 9 hours. */
export const WEBHOOK_MAX_ATTEMPTS = 8;

/** Seconds to wait before attempt `attempt` (1-based), doubling from 30 s. */
export function webhookRetryDelaySeconds(attempt: number): number {
  return 30 * 2 ** Math.max(0, attempt - 1);
}
