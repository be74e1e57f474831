import type { Logger } from 'pino';
import type { Config } from '../config/config.ts';
import { openDatabase, type Database } from './database.ts';
import { migrate } from './migrator.ts';
import { acquirePgliteLock } from './pglite-lock.ts';

/** Opens the configured database (locking the embedded one to this process) and applies pending migrations. */
export async function openAppDatabase(config: Config, log: Logger): Promise<{ database: Database; applied: string[] }> {
  const release = config.DATABASE_URL ? undefined : await acquirePgliteLock(config.pgliteDir);
  try {
    const database = await openDatabase({ url: config.DATABASE_URL, dataDir: config.pgliteDir });
    const applied = await migrate(database.db);
    log.info(
      { mode: database.kind, applied, ...(database.kind === 'pglite' ? { dataDir: config.pgliteDir } : {}) },
      applied.length > 0 ? 'database migrated' : 'database up to date',
    );
    if (!release) return { database, applied };
    const close = async () => {
      await database.close();
      await release();
    };
    return { database: { ...database, close }, applied };
  } catch (err) {
    await release?.();
    throw err;
  }
}
