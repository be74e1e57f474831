import type { Command } from 'commander';
import { configOrExit, runAction } from './server-config.ts';

/** `insession keys rotate|status`: re-encrypt sealed fields under the first FIELD_ENCRYPTION_KEYS key. */
export function registerKeysCommand(program: Command): void {
  const keys = program.command('keys').description('Field-encryption keys (transcripts, analyses, notes)');

  keys
    .command('rotate')
    .description('Re-encrypt every sealed field not yet under the active (first) key in FIELD_ENCRYPTION_KEYS')
    .addHelpText(
      'after',
      '\nTo rotate: put a new key first in FIELD_ENCRYPTION_KEYS and keep the old one after it, restart the\n' +
        'server, run this command, then remove the old key once `insession keys status` shows no rows under it.',
    )
    .action(() =>
      runAction(async () => {
        const { createLogger, openAppDatabase, fieldCipherFromConfig, rotateFieldKeys } =
          await import('@insession/server');
        const config = await configOrExit();
        const { database } = await openAppDatabase(config, createLogger({ LOG_LEVEL: 'warn' }));
        try {
          const report = await rotateFieldKeys(database.db, fieldCipherFromConfig(config));
          process.stdout.write(`Active key: ${report.activeKeyId}\n`);
          for (const [table, n] of Object.entries(report.rotated))
            process.stdout.write(`  ${table}: ${n} re-encrypted\n`);
        } finally {
          await database.close();
        }
      }),
    );

  keys
    .command('status')
    .description('Count sealed rows per key id')
    .action(() =>
      runAction(async () => {
        const { createLogger, openAppDatabase, fieldKeyUsage } = await import('@insession/server');
        const config = await configOrExit();
        const { database } = await openAppDatabase(config, createLogger({ LOG_LEVEL: 'warn' }));
        try {
          for (const [table, byKey] of Object.entries(await fieldKeyUsage(database.db))) {
            const parts = Object.entries(byKey).map(([k, n]) => `${k}=${n}`);
            process.stdout.write(`  ${table}: ${parts.length > 0 ? parts.join(', ') : 'no rows'}\n`);
          }
        } finally {
          await database.close();
        }
      }),
    );
}
