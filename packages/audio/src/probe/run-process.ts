import { spawn } from 'node:child_process';
import { AudioError } from '../audio-error.ts';

// The Debian packages that provide the programs this package runs, for the message when one is missing.
const aptPackages: Record<string, string> = {
  ffmpeg: 'ffmpeg',
  ffprobe: 'ffmpeg',
  pocketsphinx_continuous: 'pocketsphinx pocketsphinx-en-us',
};

/** Turns "spawn ffmpeg ENOENT" into an error that names the program and the package that installs it. */
export function explainSpawnError(cmd: string, err: unknown): unknown {
  if ((err as NodeJS.ErrnoException).code !== 'ENOENT') return err;
  const pkg = aptPackages[cmd] ?? cmd;
  return new AudioError('engine', `${cmd} is not installed; install it with: sudo apt-get install -y ${pkg}`, {
    cause: err,
  });
}

/** Output of a finished child process. */
export interface ProcessResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to completion and collects its output; rejects only when it cannot be started. */
export function runProcess(cmd: string, args: string[], signal?: AbortSignal): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], signal });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', (err) => reject(explainSpawnError(cmd, err)));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
