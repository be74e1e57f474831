import type { Command } from 'commander';
import { configOrExit, runAction } from './server-config.ts';
import { warnAboutMissingPrograms } from './system-programs.ts';
import { seedDemoForServe } from './demo.command.ts';

/** `insession serve`: API + web app + in-process job workers. */
export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Run the API, the web app and the job workers in one process')
    .option('-p, --port <port>', 'HTTP port (env PORT, default 8080)')
    .option('--host <host>', 'listen address (env HOST, default 127.0.0.1)')
    .option('--no-workers', 'do not run job workers here (run `insession worker` processes instead)')
    .option('--demo', 'seed the demo practice (if missing) and print its sign-ins')
    .addHelpText(
      'after',
      '\nUses the embedded database under DATA_DIR (./data) unless DATABASE_URL is set. Migrations run at start-up.',
    )
    .action((opts: { port?: string; host?: string; workers: boolean; demo?: boolean }) =>
      runAction(async () => {
        const { closeOnSignals, startRuntime } = await import('@insession/server');
        const config = await configOrExit({ PORT: opts.port, HOST: opts.host });
        warnAboutMissingPrograms();
        const runtime = await startRuntime(config, { role: 'serve', workers: opts.workers });
        closeOnSignals(runtime);
        process.stdout.write(`\nInsession is running at ${runtime.url}\n\n`);
        if (opts.demo) await seedDemoForServe(runtime);
      }),
    );
}
