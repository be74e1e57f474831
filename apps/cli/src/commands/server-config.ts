import type { Config } from '@insession/server';

/** Loads the server config (env, `.env`, then flag overrides); a bad value ends the command with one clear message. */
// The server package is imported on demand so that unrelated commands do not load it.
export async function configOrExit(overrides: Partial<Record<keyof Config, string | undefined>> = {}): Promise<Config> {
  const { ConfigError, loadConfig } = await import('@insession/server');
  try {
    return loadConfig(Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)));
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\nSee .env.example for every variable.\n`);
      process.exit(2);
    }
    throw err;
  }
}

/**
 * Runs a command action; errors a user can act on (database in use, bad config) print their message
 * alone instead of a stack trace.
 */
export async function runAction(action: () => Promise<void>): Promise<void> {
  const { DatabaseInUseError } = await import('@insession/server');
  try {
    await action();
  } catch (err) {
    if (err instanceof DatabaseInUseError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
}
