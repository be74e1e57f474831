import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { freePort } from '../../../apps/server/test/support/free-port.ts';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');
export const webDist = join(root, 'apps/web/dist');

export interface ServerHandle {
  url: string;
  dataDir: string;
  /** Everything the server wrote to stdout/stderr, for failure messages. */
  log(): string;
  stop(): Promise<void>;
}

/** Fails with a clear message when the web app was not built (the root `npm test` builds it first). */
export function assertWebBuilt(): void {
  if (!existsSync(join(webDist, 'index.html')))
    throw new Error(`The web app is not built: ${webDist}/index.html is missing. Run \`npm run build:web\` first.`);
}

/**
 * Starts the real server (`insession serve`: API, web app and in-process workers) on a fresh embedded PGlite
 * database in a temporary directory and a free port, and waits until /healthz answers.
 */
export async function startServer(extraEnv: Record<string, string> = {}): Promise<ServerHandle> {
  assertWebBuilt();
  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'insession-e2e-data-'));
  const url = `http://127.0.0.1:${port}`;
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'DATABASE_URL') env[k] = v;
  Object.assign(env, {
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: url,
    DATA_DIR: dataDir,
    WEB_DIST: webDist,
    LOG_LEVEL: 'warn',
    ...extraEnv,
  });
  let output = '';
  const child: ChildProcess = spawn(process.execPath, [join(root, 'apps/cli/bin/insession.js'), 'serve'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));

  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited during start-up:\n${output}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The server did not become healthy within 90 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }

  return {
    url,
    dataDir,
    log: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(killer);
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
