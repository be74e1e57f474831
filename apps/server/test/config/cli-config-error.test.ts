import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../../cli/bin/insession.js', import.meta.url));
const cwd = mkdtempSync(path.join(tmpdir(), 'insession-cli-'));

describe('`insession` with a bad environment', () => {
  afterAll(() => rmSync(cwd, { recursive: true, force: true }));

  it('stops before touching the database, with one message naming each bad variable', () => {
    const run = spawnSync(process.execPath, [bin, 'migrate'], {
      cwd,
      env: { PATH: process.env.PATH, PORT: 'eighty', JOB_CONCURRENCY: '0' },
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Invalid configuration:');
    expect(run.stderr).toMatch(/- PORT: /);
    expect(run.stderr).toMatch(/- JOB_CONCURRENCY: /);
    expect(run.stderr).not.toContain('    at ');
    expect(run.stdout).toBe('');
    expect(existsSync(path.join(cwd, 'data'))).toBe(false);
  });
});
