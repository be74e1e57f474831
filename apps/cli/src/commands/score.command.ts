import { readdir, stat, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { formatScorecard, scoreAnalyses } from '@insession/core';
import { ScoreInputError, readLabels, readResults } from './score-inputs.ts';

interface ScoreFlags {
  labels: string;
  json?: boolean;
  misses?: string;
}

async function score(dir: string, flags: ScoreFlags): Promise<void> {
  if (!(await stat(dir).catch(() => null))?.isDirectory())
    throw new ScoreInputError(
      `${dir} is not a directory of analyses (make one with insession analyze DIR --out ${dir})`,
    );
  const labels = await readLabels(flags.labels);
  const card = scoreAnalyses(await readResults(dir, labels));
  if (flags.misses) await writeFile(flags.misses, `${JSON.stringify(card.misses, null, 2)}\n`);
  process.stdout.write(
    flags.json ? `${JSON.stringify(card, null, 2)}\n` : formatScorecard(card, labels.sessions.length),
  );

  // An analysis nobody labelled is not an error, but the reviewer should know it was not counted.
  const labelled = new Set(labels.sessions.map((s) => `${s.name}.analysis.json`));
  const unlabelled = (await readdir(dir)).filter((f) => f.endsWith('.analysis.json') && !labelled.has(f));
  if (unlabelled.length)
    process.stderr.write(`${unlabelled.length} analyses in ${dir} have no labels and were not scored\n`);
}

/** Registers `insession score DIR --labels FILE`: stored analyses against a reviewer's labels and the quality targets. */
export function registerScoreCommand(program: Command): void {
  program
    .command('score')
    .description(
      'Score the analyses that `insession analyze DIR --out OUTDIR` wrote against your own labels: topic, coding, ' +
        'risk, mood, breakthrough and schema figures beside their targets, and every miss',
    )
    .argument('<dir>', 'the OUTDIR of insession analyze, holding <name>.analysis.json (and <name>.error.json)')
    .requiredOption(
      '-l, --labels <file>',
      'your labels: JSON {"sessions": [...]}, one entry per transcript by name (format in the README, "Scoring on your own transcripts")',
    )
    .option('--json', 'print the scorecard (rows and misses) as JSON')
    .option('--misses <file>', 'also write the misses, with the analysis quotes behind each, to this JSON file')
    .action(async (dir: string, flags: ScoreFlags) => {
      try {
        await score(dir, flags);
      } catch (err) {
        if (!(err instanceof ScoreInputError)) throw err;
        process.stderr.write(`error: ${err.message}\n`);
        process.exitCode = 1;
      }
    });
}
