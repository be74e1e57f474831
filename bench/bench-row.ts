/** One line of the `npm run bench` table: a figure, and what it is measured against in the same run. */
export interface BenchRow {
  group: string;
  metric: string;
  value: number;
  unit: string;
  /** The same measurement for the baseline (reference implementation, naive approach, or other backend). */
  baseline?: { label: string; value: number };
  /** The target, as text (e.g. "≥ 1000", "< 100"). */
  target?: string;
  /** Whether the value meets the target; undefined when there is no target. */
  pass?: boolean;
}
