import { formatClock } from '../report/analysis-report.ts';
import type { Scorecard } from './scorecard.ts';

const verdict = (met: boolean | null): string => (met === null ? '' : met ? 'met' : 'NOT MET');

/** The scorecard as a Markdown table, then each miss by session, so the figures can go straight into a note. */
export function formatScorecard({ rows, misses }: Scorecard, sessions: number): string {
  const lines = [
    `Scored ${sessions} labelled session${sessions === 1 ? '' : 's'}.`,
    '',
    '| measure | n | value | target | |',
    '|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.measure} | ${r.n} | ${r.value === null ? '–' : r.value.toFixed(3)} | ${r.target} | ${verdict(r.met)} |`,
    ),
    '',
  ];
  if (misses.length) {
    lines.push(`Misses (${misses.length}):`);
    for (const m of misses) {
      lines.push(`  ${m.name}: ${m.measure}: expected ${m.expected}, found ${m.found}`);
      for (const q of m.quotes) lines.push(`    [${formatClock(q.start)}] "${q.quote}"`);
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}
