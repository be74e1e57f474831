import type { BenchRow } from './bench-row.ts';

const fmt = (n: number): string => (Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 1 ? n.toFixed(2) : n.toFixed(4));

/** Prints the rows as a Markdown table, ready to paste into an issue note. */
export function printBenchTable(rows: BenchRow[]): void {
  const lines = [
    '| group | metric | value | unit | baseline | target | ok |',
    '|---|---|---|---|---|---|---|',
    ...rows.map((r) =>
      [
        r.group,
        r.metric,
        fmt(r.value),
        r.unit,
        r.baseline ? `${r.baseline.label}: ${fmt(r.baseline.value)}` : '',
        r.target ?? '',
        r.pass === undefined ? '' : r.pass ? 'yes' : 'NO',
      ].join(' | '),
    ),
  ].map((l) => (l.startsWith('|') ? l : `| ${l} |`));
  process.stdout.write(lines.join('\n') + '\n');
}
