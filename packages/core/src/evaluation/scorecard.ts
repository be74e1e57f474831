import type { SessionAnalysis } from '../contracts/session-analysis.contract.ts';
import type { SessionLabels } from './labels.contract.ts';

/**
 * One labelled transcript and what became of it: the stored analysis as read (checked against the schema when
 * scored), or why there is none.
 */
export type LabelledResult = { labels: SessionLabels; analysis: unknown } | { labels: SessionLabels; failure: string };

/** A labelled transcript with a valid analysis: what every measure but schema validity counts. */
export interface ScoredSession {
  labels: SessionLabels;
  analysis: SessionAnalysis;
}

/** One measure against its target on real transcripts (issue 4); `met` is null where the target has no number. */
export interface ScoreRow {
  measure: string;
  /** How many sessions (or utterances, or pairs) the measure counts. */
  n: number;
  /** null when nothing carried the label this measure needs. */
  value: number | null;
  target: string;
  met: boolean | null;
}

/** A labelled session where the analysis disagreed: what the reviewer would send back to improve the analyzers. */
export interface ScoreMiss {
  name: string;
  measure: string;
  expected: string;
  found: string;
  /** The analysis's own quotes behind what it found (risk flags, breakthrough), so a false flag can be read. */
  quotes: { start: number; quote: string }[];
}

export interface Scorecard {
  rows: ScoreRow[];
  misses: ScoreMiss[];
}
