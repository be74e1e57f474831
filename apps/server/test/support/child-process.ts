import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** A test child process running a TypeScript script through tsx, with line-oriented stdout. */
export interface ScriptProcess {
  child: ChildProcessWithoutNullStreams;
  lines: string[];
  /** Resolves with the first stdout line matching `pattern` (including lines already seen). */
  waitForLine(pattern: RegExp, timeoutMs?: number): Promise<string>;
  send(line: string): void;
  exited: Promise<number | null>;
}

/** Spawns `node --import tsx <script> <args>` from apps/server/test/support. */
export function spawnScript(script: string, args: string[]): ScriptProcess {
  const file = fileURLToPath(new URL(script, import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', file, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const waiters: { pattern: RegExp; resolve: (l: string) => void }[] = [];
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  createInterface({ input: child.stdout }).on('line', (line) => {
    lines.push(line);
    for (const w of waiters.filter((x) => x.pattern.test(line))) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(line);
    }
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    lines,
    send: (line) => child.stdin.write(`${line}\n`),
    exited,
    waitForLine(pattern, timeoutMs = 60_000) {
      const seen = lines.find((l) => pattern.test(l));
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no line matching ${pattern} within ${timeoutMs} ms; stderr:\n${stderr}`)),
          timeoutMs,
        );
        void exited.then((code) => {
          clearTimeout(timer);
          reject(new Error(`process exited (${code}) before a line matching ${pattern}; stderr:\n${stderr}`));
        });
        waiters.push({
          pattern,
          resolve: (l) => {
            clearTimeout(timer);
            resolve(l);
          },
        });
      });
    },
  };
}
