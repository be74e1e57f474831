import { InvalidArgumentError, Option, type Command } from 'commander';
import type { CostGrouping, CostRecord, CostSummaryRow } from '@insession/core';
import { configOrExit, runAction } from './server-config.ts';

const groupings: readonly CostGrouping[] = ['session', 'client', 'month'];

/** `insession costs`: language-model spend per session, client or month, from the `generation_costs` table. */
export function registerCostsCommand(program: Command): void {
  program
    .command('costs')
    .description('Report language-model costs (tokens and USD) per session, client or month')
    .addOption(new Option('--by <grouping>', 'group by').choices(groupings).default('month'))
    .option('--since <date>', 'only calls on or after this date (YYYY-MM-DD)', parseDay)
    .option('--json', 'print JSON instead of a table')
    .option('--data-dir <dir>', 'data directory of the embedded database (default: DATA_DIR)')
    .action((opts: { by: CostGrouping; since?: Date; json?: boolean; dataDir?: string }) =>
      runAction(async () => {
        const { summarizeCosts } = await import('@insession/core');
        const rows = summarizeCosts(await readCosts(opts.dataDir, opts.since), opts.by);
        process.stdout.write(opts.json ? `${JSON.stringify(rows, null, 2)}\n` : formatCosts(rows, opts.by));
      }),
    );
}

function parseDay(value: string): Date {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : new Date(Number.NaN);
  if (Number.isNaN(day.getTime())) throw new InvalidArgumentError('expected a date as YYYY-MM-DD');
  return day;
}

async function readCosts(dataDir: string | undefined, since: Date | undefined): Promise<CostRecord[]> {
  const { createLogger, openAppDatabase } = await import('@insession/server');
  const config = await configOrExit({ DATA_DIR: dataDir });
  const { database } = await openAppDatabase(config, createLogger({ LOG_LEVEL: 'warn' }));
  try {
    let query = database.db
      .selectFrom('generation_costs')
      .select([
        'session_id',
        'client_id',
        'created_at',
        'task',
        'provider',
        'model',
        'input_tokens',
        'output_tokens',
        'cost_usd',
        'outcome',
      ]);
    if (since) query = query.where('created_at', '>=', since);
    const rows = await query.execute();
    return rows.map((r) => ({
      sessionId: r.session_id,
      clientId: r.client_id,
      createdAt: r.created_at,
      task: r.task,
      provider: r.provider,
      model: r.model,
      inputTokens: Number(r.input_tokens),
      outputTokens: Number(r.output_tokens),
      // numeric arrives as a string so no precision is lost in transit.
      costUsd: Number(r.cost_usd),
      outcome: r.outcome,
    }));
  } finally {
    await database.close();
  }
}

function formatCosts(rows: CostSummaryRow[], by: string): string {
  if (rows.length <= 1) return 'No language-model calls recorded yet (the heuristic provider costs nothing).\n';
  const width = Math.max(by.length, ...rows.map((r) => r.key.length));
  const lines = [
    `${by.padEnd(width)}  ${'calls'.padStart(6)}  ${'failed'.padStart(6)}  ${'input tok'.padStart(10)}  ${'output tok'.padStart(10)}  ${'USD'.padStart(10)}`,
  ];
  for (const r of rows)
    lines.push(
      `${r.key.padEnd(width)}  ${String(r.calls).padStart(6)}  ${String(r.failed).padStart(6)}  ${String(r.inputTokens).padStart(10)}  ${String(r.outputTokens).padStart(10)}  ${r.costUsd.toFixed(4).padStart(10)}`,
    );
  return `${lines.join('\n')}\n`;
}
