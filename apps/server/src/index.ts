// Public surface of the server package (used by the CLI and tests).
export { loadConfig, parseConfig, ConfigError, type Config } from './config/config.ts';
export { openDatabase, type Database } from './db/database.ts';
export { openAppDatabase } from './db/open-app-database.ts';
export { migrate, listMigrations } from './db/migrator.ts';
export { DatabaseInUseError, pgliteLockHolder } from './db/pglite-lock.ts';
export { JobQueue } from './jobs/job-queue.ts';
export { createLogger } from './observability/logger.ts';
export { collectStatus, type SystemStatus } from './observability/status.ts';
export { startRuntime, closeOnSignals, type Runtime } from './server.ts';
export { fieldCipherFromConfig } from './config/field-cipher.ts';
export { providerPoolFromConfig } from './jobs/handlers/analysis-providers.ts';
export { rotateFieldKeys, fieldKeyUsage } from './repositories/key-rotation.repository.ts';
export { seedPersistentDemo, type PersistentDemoResult, type DemoSignIn } from './demo/persistent-demo.ts';
