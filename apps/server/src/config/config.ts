import { existsSync } from 'node:fs';
import path from 'node:path';
import { DEV_FIELD_KEYS, DEV_SESSION_SECRET, envSchema, type Env } from './env.schema.ts';

/** Thrown at boot when the environment is invalid; the message names every bad variable at once. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export interface Config extends Env {
  isProduction: boolean;
  /** Absolute path of the embedded database directory (`<DATA_DIR>/db`). */
  pgliteDir: string;
  /** Absolute path of stored uploads (`<DATA_DIR>/files`). */
  filesDir: string;
  /** Absolute path of per-session transcription checkpoints (`<DATA_DIR>/work/<session id>`). */
  workDir: string;
}

// Empty strings from `.env` files mean "not set", so defaults apply instead of failing validation.
function withoutEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''),
  );
}

const secretDefaults: Partial<Record<keyof Env, string>> = {
  SESSION_SECRET: DEV_SESSION_SECRET,
  FIELD_ENCRYPTION_KEYS: DEV_FIELD_KEYS,
};

/** Parses and validates the environment once. Values are never echoed back, because some are secrets. */
export function parseConfig(env: NodeJS.ProcessEnv): Config {
  const raw = withoutEmpty(env);
  const result = envSchema.safeParse(raw);
  const problems: string[] = [];
  if (!result.success) {
    for (const issue of result.error.issues) problems.push(`${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  const isProduction = raw.NODE_ENV === 'production';
  if (isProduction) {
    for (const [name, devValue] of Object.entries(secretDefaults)) {
      const value = raw[name];
      if (value === undefined || value === devValue)
        problems.push(`${name}: must be set to a real secret in production`);
    }
  }
  if (problems.length > 0 || !result.success) throw new ConfigError(problems);
  const dataDir = path.resolve(result.data.DATA_DIR);
  return {
    ...result.data,
    isProduction,
    pgliteDir: path.join(dataDir, 'db'),
    filesDir: path.join(dataDir, 'files'),
    workDir: path.join(dataDir, 'work'),
  };
}

let loaded: Config | undefined;

/**
 * Loads `.env` (when present, without overriding real env vars) and parses process.env once per process.
 * `overrides` (e.g. CLI flags like --port) take precedence and are validated like the variables they replace.
 */
export function loadConfig(overrides: Partial<Record<keyof Config, string>> = {}): Config {
  if (loaded && Object.keys(overrides).length === 0) return loaded;
  if (!loaded && existsSync('.env')) process.loadEnvFile('.env');
  loaded = parseConfig({ ...process.env, ...overrides });
  return loaded;
}
