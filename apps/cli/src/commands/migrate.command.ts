import type { Command } from 'commander';
import { configOrExit, runAction } from './server-config.ts';

/** `insession migrate`: apply pending SQL migrations and exit. */
export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('Apply pending database migrations (serve and worker also do this at start-up)')
    .addHelpText(
      'after',
      '\nSafe to run repeatedly and from several processes at once: applied migrations are skipped.',
    )
    .action(() =>
      runAction(async () => {
        const { createLogger, openAppDatabase } = await import('@insession/server');
        const config = await configOrExit();
        const { database, applied } = await openAppDatabase(config, createLogger({ LOG_LEVEL: 'warn' }));
        await database.close();
        const where = database.kind === 'pglite' ? `embedded database in ${config.pgliteDir}` : 'Postgres';
        process.stdout.write(
          applied.length === 0
            ? `${where}: already up to date.\n`
            : `${where}: applied ${applied.length} migration(s):\n${applied.map((n) => `  ${n}\n`).join('')}`,
        );
      }),
    );
}
