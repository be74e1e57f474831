import type { Evidence } from './analysis-types.ts';
import { formatTime } from './analysis-types.ts';

/** Verbatim quotes behind a claim; each jumps the transcript (and audio) to its moment. */
export function EvidenceList({ evidence, onJump }: { evidence: Evidence[]; onJump: (seconds: number) => void }) {
  if (evidence.length === 0) return null;
  return (
    <ul className="evidence">
      {evidence.slice(0, 4).map((e, i) => (
        <li key={i}>
          <button type="button" className="quote-button" onClick={() => onJump(e.start)}>
            <span className="time">{formatTime(e.start)}</span> <q>{e.quote}</q>
          </button>
        </li>
      ))}
    </ul>
  );
}
