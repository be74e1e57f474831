import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config/config.ts';

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    parseConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

describe('config', () => {
  it('starts with defaults in development: embedded database, port 8080', () => {
    const config = parseConfig({});
    expect(config.PORT).toBe(8080);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.pgliteDir).toMatch(/data[/\\]db$/);
  });

  it('names the bad variable in one clear message', () => {
    expect(() => parseConfig({ PORT: 'eighty' })).toThrow(/Invalid configuration:\n {2}- PORT: /);
    expect(problemsOf({ PORT: 'eighty' })).toHaveLength(1);
  });

  it('lists every bad variable at once without echoing values', () => {
    const problems = problemsOf({
      PORT: '99999',
      DATABASE_URL: 'mysql://x',
      LOG_LEVEL: 'loud',
      SESSION_SECRET: 'short',
    });
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual([
      'DATABASE_URL',
      'LOG_LEVEL',
      'PORT',
      'SESSION_SECRET',
    ]);
    expect(problems.join('\n')).not.toContain('mysql://x');
  });

  it('treats empty values as unset', () => {
    expect(parseConfig({ PORT: '', DATABASE_URL: '' }).PORT).toBe(8080);
  });

  it('refuses default or missing secrets in production', () => {
    const problems = problemsOf({ NODE_ENV: 'production' });
    expect(problems).toEqual([
      'SESSION_SECRET: must be set to a real secret in production',
      'FIELD_ENCRYPTION_KEYS: must be set to a real secret in production',
    ]);
    const key = Buffer.alloc(32, 7).toString('base64');
    const ok = parseConfig({
      NODE_ENV: 'production',
      SESSION_SECRET: 'x'.repeat(40),
      FIELD_ENCRYPTION_KEYS: `k2026:${key}`,
    });
    expect(ok.isProduction).toBe(true);
  });
});
