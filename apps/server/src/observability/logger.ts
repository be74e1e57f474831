import pino, { type Logger } from 'pino';
import type { Config } from '../config/config.ts';

/** JSON logs on stdout. Credentials never reach the log, even at debug level. */
export function createLogger(config: Pick<Config, 'LOG_LEVEL'>, base: Record<string, unknown> = {}): Logger {
  return pino({
    level: config.LOG_LEVEL,
    base: { service: 'insession', pid: process.pid, ...base },
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]', '*.password', '*.token'],
      censor: '[redacted]',
    },
  });
}
