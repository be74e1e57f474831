import type { Command } from 'commander';
import type { PersistentDemoResult, Runtime } from '@insession/server';
import { configOrExit, runAction } from './server-config.ts';

/** The sign-in details of the seeded demo practice, as printed by `demo` and `serve --demo`. */
export function formatDemoResult(result: PersistentDemoResult, url?: string): string {
  const lines = [
    result.created
      ? `Demo practice seeded: ${result.sessions} sessions uploaded; the pipeline analyses them while the server runs.`
      : 'The demo practice already exists (run `insession demo --reset` to recreate it with new passwords).',
    '',
    ...result.signIns.map(
      (s) =>
        `  ${s.role === 'clinician' ? 'Clinician' : 'Client   '}  ${s.name.padEnd(16)} ${s.email}  ` +
        (s.password ? `password: ${s.password}` : '(password shown when it was seeded)'),
    ),
    '',
    url ? `Sign in at ${url}` : 'Start `insession serve` (or `npm start`) and sign in at the printed URL.',
  ];
  return `${lines.join('\n')}\n`;
}

/** `serve --demo`: seeds the demo practice in the running server if it is missing, then prints the sign-ins. */
export async function seedDemoForServe(runtime: Runtime): Promise<void> {
  const { seedPersistentDemo } = await import('@insession/server');
  try {
    process.stdout.write(formatDemoResult(await seedPersistentDemo(runtime), runtime.url));
  } catch (err) {
    runtime.log.error({ err }, 'demo seeding failed');
  }
}

/** `insession demo`: seeds the synthetic demo practice into the configured database and prints how to sign in. */
export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('Seed a synthetic demo practice (3 clients, 19 sessions, one as generated audio) and print sign-ins')
    .option('--reset', 'delete the existing demo practice first and seed it again with new passwords')
    .addHelpText(
      'after',
      '\nWrites to the configured database (DATA_DIR or DATABASE_URL). With the embedded database, stop a running\n' +
        '`insession serve` first, or use `insession serve --demo`, which seeds inside the running server.',
    )
    .action((opts: { reset?: boolean }) =>
      runAction(async () => {
        const { seedPersistentDemo, startRuntime } = await import('@insession/server');
        const config = await configOrExit();
        const runtime = await startRuntime(config, { role: 'worker', workers: false });
        try {
          process.stdout.write(formatDemoResult(await seedPersistentDemo(runtime, { reset: opts.reset ?? false })));
        } finally {
          await runtime.close();
        }
      }),
    );
}
