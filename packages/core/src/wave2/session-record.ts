import type { SessionAnalysis } from '../contracts/session-analysis.contract.ts';
import type { Transcript } from '../contracts/transcript.contract.ts';
import type { DeepAnalysis } from './contracts/deep-analysis.contract.ts';

/** One analysed session as Wave 2 and the rollups read it. */
export interface SessionRecord {
  id: string;
  /** ISO date (or date-time) the session took place. */
  date: string;
  analysis: SessionAnalysis;
  /** The words of the session; required for the session Wave 2 runs on, not for history. */
  transcript?: Transcript;
  /** The session's Wave 2 deep analysis, when it has one (rollups read its skills and insights). */
  deep?: DeepAnalysis;
}

/** Sessions oldest first (ties by id so the order is stable). */
export const byDate = (a: SessionRecord, b: SessionRecord): number =>
  a.date === b.date ? a.id.localeCompare(b.id) : a.date < b.date ? -1 : 1;
