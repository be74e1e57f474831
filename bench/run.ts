import { readdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import type { BenchRow } from './bench-row.ts';
import { printBenchTable } from './bench-table.ts';

// Runs every bench/*.bench.ts (or only those named on the command line) and prints one table.
const dir = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = (await readdir(dir))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const rows: BenchRow[] = [];
for (const file of files) {
  const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as { run: () => Promise<BenchRow[]> };
  process.stderr.write(`bench: ${file}…\n`);
  try {
    rows.push(...(await mod.run()));
  } catch (err) {
    process.stderr.write(`bench: ${file} failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  }
}
printBenchTable(rows);
