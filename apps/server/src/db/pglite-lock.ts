import { readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';

// PGlite is a single-process database: two processes opening the same directory would corrupt it.
// A pid file makes the second one stop with a clear message; a stale file (process gone, e.g. kill -9)
// is taken over.

export class DatabaseInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by process ${pid} (probably \`insession serve\`). ` +
        'Stop it first, or set DATABASE_URL to share a Postgres database between processes.',
    );
    this.name = 'DatabaseInUseError';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid holding the embedded database directory, if a live process does. */
export async function pgliteLockHolder(dataDir: string): Promise<number | undefined> {
  const text = await readFile(lockFile(dataDir), 'utf8').catch(() => undefined);
  const pid = text === undefined ? NaN : Number.parseInt(text, 10);
  return Number.isInteger(pid) && pid !== process.pid && alive(pid) ? pid : undefined;
}

/** Takes the embedded database directory for this process; returns the release function. */
export async function acquirePgliteLock(dataDir: string): Promise<() => Promise<void>> {
  const holder = await pgliteLockHolder(dataDir);
  if (holder !== undefined) throw new DatabaseInUseError(dataDir, holder);
  await mkdir(path.dirname(lockFile(dataDir)), { recursive: true });
  await writeFile(lockFile(dataDir), String(process.pid));
  return () => rm(lockFile(dataDir), { force: true });
}

function lockFile(dataDir: string): string {
  return `${path.resolve(dataDir)}.pid`;
}
