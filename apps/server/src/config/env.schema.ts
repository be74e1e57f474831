import { z } from 'zod';

// Every environment variable the server reads, in one place. `.env.example` documents each one.
// Development defaults for secrets are deliberately recognisable so production can refuse them.
export const DEV_SESSION_SECRET = 'dev-only-session-secret-change-me-0000000000';
export const DEV_FIELD_KEYS = 'dev:ZGV2LW9ubHktZmllbGQta2V5LWNoYW5nZS1tZS0wMDA=';

const port = z.coerce.number().int().min(1).max(65_535);
const positiveInt = z.coerce.number().int().positive();

export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(8080),
  /** Trust X-Forwarded-* headers (set when running behind a reverse proxy). */
  TRUST_PROXY: z.stringbool().default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Where the embedded database and stored files live. */
  DATA_DIR: z.string().min(1).default('./data'),
  /** Postgres connection string; when unset the embedded PGlite database under DATA_DIR is used. */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' }).optional(),
  /** Built web app served at `/`; the server still runs (API only) when it is missing. */
  WEB_DIST: z.string().min(1).default('apps/web/dist'),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').default(DEV_SESSION_SECRET),
  /** Field-encryption keys, `<id>:<base64 32 bytes>` comma-separated; the first one encrypts new writes. */
  FIELD_ENCRYPTION_KEYS: z
    .string()
    .regex(/^[A-Za-z0-9_-]+:[A-Za-z0-9+/=]{43,44}(,[A-Za-z0-9_-]+:[A-Za-z0-9+/=]{43,44})*$/, {
      error: 'must be "<id>:<base64 of 32 bytes>" entries separated by commas',
    })
    .default(DEV_FIELD_KEYS),
  /** Speech-to-text engine for uploaded audio: none (speaker turns only), pocketsphinx, whisper, openai. */
  ASR_ENGINE: z.enum(['none', 'pocketsphinx', 'whisper', 'openai']).default('pocketsphinx'),
  /** ggml model file for ASR_ENGINE=whisper. */
  WHISPER_MODEL_PATH: z.string().min(1).optional(),
  /** OpenAI or any OpenAI-compatible server (used by ASR_ENGINE=openai and the openai analysis provider). */
  OPENAI_API_KEY: z.string().min(1).optional(),
  OPENAI_BASE_URL: z.url().optional(),
  OPENAI_TRANSCRIBE_MODEL: z.string().min(1).optional(),
  /** Default provider for Wave 2 and rollups (a practice's settings.analysis may override it per task). */
  ANALYSIS_PROVIDER: z.enum(['heuristic', 'openai', 'llama']).default('heuristic'),
  /** Model for ANALYSIS_PROVIDER (OpenAI model name, or a GGUF path for llama). */
  ANALYSIS_MODEL: z.string().min(1).optional(),
  /** User-supplied GGUF file for the llama provider (nothing is downloaded). */
  LLAMA_MODEL_PATH: z.string().min(1).optional(),
  /** Parallel jobs per queue in each process. */
  JOB_CONCURRENCY: positiveInt.max(64).default(2),
  /** Attempts after the first before a stage is marked failed. */
  JOB_RETRY_LIMIT: z.coerce.number().int().min(0).max(20).default(3),
  /** First retry delay; doubles on each retry (exponential backoff). */
  JOB_RETRY_DELAY_SECONDS: positiveInt.max(3600).default(5),
  /** A job still running after this long is considered lost and retried. */
  JOB_EXPIRE_SECONDS: positiveInt.default(30 * 60),
  // --- API, accounts and security (issue 7) ---
  /** Public base URL of the app, used in emailed links and as the OIDC redirect base. */
  PUBLIC_URL: z.url().default('http://127.0.0.1:8080'),
  /** Browser origins allowed to call the API with credentials (comma-separated); empty = same origin only. */
  CORS_ORIGINS: z.string().default(''),
  /** Signed-in browser sessions end after this many minutes without a request (idle logoff). */
  SESSION_IDLE_MINUTES: positiveInt.max(24 * 60).default(30),
  /** Absolute lifetime of a browser session. */
  SESSION_MAX_HOURS: positiveInt.max(24 * 30).default(12),
  /** Lifetime of a demo practice and its session cookie. */
  DEMO_TTL_MINUTES: positiveInt.max(7 * 24 * 60).default(60),
  /** Largest accepted audio upload. */
  UPLOAD_MAX_MB: positiveInt.max(10_240).default(500),
  /** Sign-in, sign-up and reset attempts allowed per IP per minute. */
  AUTH_RATE_LIMIT_PER_MINUTE: positiveInt.default(20),
  /** SMTP connection URL (smtp://user:pass@host:587); without it reset links are written to the log. */
  SMTP_URL: z.string().optional(),
  SMTP_FROM: z.string().default('Insession <no-reply@localhost>'),
  /** OpenID Connect sign-in with the practice's identity provider; enabled when all three are set. */
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().optional(),
  OIDC_CLIENT_SECRET: z.string().optional(),
  /** Let webhooks reach loopback/private/link-local receivers (tests, local development); off in production. */
  WEBHOOK_ALLOW_PRIVATE_URLS: z.stringbool().default(false),
  // --- Resource library (issue 9) ---
  /** Let admins list library sources on loopback or private addresses (local test sites); off in production. */
  CRAWL_ALLOW_PRIVATE_HOSTS: z.stringbool().default(false),
  /** How often workers look for library sources due for a re-crawl. */
  CRAWL_SCHEDULE_MINUTES: positiveInt.max(12 * 60).default(15),
});

export type Env = z.infer<typeof envSchema>;
