import type { Command } from 'commander';
import { configOrExit, runAction } from './server-config.ts';
import { warnAboutMissingPrograms } from './system-programs.ts';

/** `insession worker`: job workers only, for scale-out on Postgres. */
export function registerWorkerCommand(program: Command): void {
  program
    .command('worker')
    .description('Run job workers only (start several against one DATABASE_URL to scale out)')
    .option('-c, --concurrency <n>', 'parallel jobs per queue (env JOB_CONCURRENCY, default 2)')
    .addHelpText(
      'after',
      '\nWith DATABASE_URL any number of workers share the queue. Without it, a worker uses the embedded database\n' +
        'and cannot run next to `insession serve` (which already runs workers).',
    )
    .action((opts: { concurrency?: string }) =>
      runAction(async () => {
        const { closeOnSignals, startRuntime } = await import('@insession/server');
        const config = await configOrExit({ JOB_CONCURRENCY: opts.concurrency });
        warnAboutMissingPrograms();
        const runtime = await startRuntime(config, { role: 'worker' });
        closeOnSignals(runtime);
        process.stdout.write(`Insession worker ${process.pid} is processing jobs (${runtime.database.kind}).\n`);
      }),
    );
}
