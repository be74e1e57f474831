import type { Command } from 'commander';
import type { Config, SystemStatus } from '@insession/server';
import { configOrExit, runAction } from './server-config.ts';

/** `insession status`: queue depth and sessions by pipeline stage. */
export function registerStatusCommand(program: Command): void {
  program
    .command('status')
    .description('Show queue depth and how many sessions are in each pipeline stage')
    .option('--json', 'print JSON instead of a table')
    .addHelpText(
      'after',
      '\nReads the database directly. While `insession serve` holds the embedded database, the figures are read\n' +
        "from that server's /metrics endpoint instead.",
    )
    .action((opts: { json?: boolean }) =>
      runAction(async () => {
        const { pgliteLockHolder } = await import('@insession/server');
        const config = await configOrExit();
        const status =
          !config.DATABASE_URL && (await pgliteLockHolder(config.pgliteDir)) !== undefined
            ? await statusFromRunningServer(config)
            : await statusFromDatabase(config);
        process.stdout.write(opts.json ? `${JSON.stringify(status, null, 2)}\n` : formatStatus(status));
      }),
    );
}

async function statusFromDatabase(config: Config): Promise<SystemStatus> {
  const { collectStatus, createLogger, JobQueue, openAppDatabase } = await import('@insession/server');
  const log = createLogger({ LOG_LEVEL: 'warn' });
  const { database } = await openAppDatabase(config, log);
  try {
    const queue = await JobQueue.start(database, {
      retryLimit: config.JOB_RETRY_LIMIT,
      retryDelaySeconds: config.JOB_RETRY_DELAY_SECONDS,
      expireSeconds: config.JOB_EXPIRE_SECONDS,
      log,
    });
    try {
      return await collectStatus(database.db, queue);
    } finally {
      await queue.stop();
    }
  } finally {
    await database.close();
  }
}

// The same figures the server exports as Prometheus gauges (insession_queue_depth, insession_sessions).
async function statusFromRunningServer(config: Config): Promise<SystemStatus> {
  const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? '127.0.0.1' : config.HOST;
  const res = await fetch(`http://${host}:${config.PORT}/metrics`);
  if (!res.ok) throw new Error(`the running server answered ${res.status} on /metrics`);
  const text = await res.text();
  const queues = new Map<string, { name: string; queued: number; active: number }>();
  const sessions: Record<string, number> = {};
  for (const m of text.matchAll(/^insession_queue_depth\{queue="([^"]+)",state="(queued|active)"\} (\d+)/gm)) {
    const [, name = '', state, n] = m;
    const q = queues.get(name) ?? { name, queued: 0, active: 0 };
    q[state === 'queued' ? 'queued' : 'active'] = Number(n);
    queues.set(name, q);
  }
  for (const m of text.matchAll(/^insession_sessions\{status="([^"]+)"\} (\d+)/gm)) sessions[m[1] ?? ''] = Number(m[2]);
  return { queues: [...queues.values()], sessions };
}

function formatStatus(status: SystemStatus): string {
  const width = Math.max(...status.queues.map((q) => q.name.length), 12);
  const lines = ['Queues', `  ${'queue'.padEnd(width)}  queued  active`];
  for (const q of status.queues) lines.push(`  ${q.name.padEnd(width)}  ${pad(q.queued, 6)}  ${pad(q.active, 6)}`);
  lines.push('', 'Sessions by stage');
  const entries = Object.entries(status.sessions);
  if (entries.length === 0) lines.push('  (no sessions yet)');
  for (const [stage, n] of entries) lines.push(`  ${stage.padEnd(width)}  ${pad(n, 6)}`);
  return `${lines.join('\n')}\n`;
}

const pad = (n: number, w: number) => String(n).padStart(w);
