import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../../src/db/database.ts';
import { migrate } from '../../src/db/migrator.ts';
import { migratedPgliteTemplate } from './pglite-template.ts';

// One way for every test file to get a fresh, migrated database:
// - default: an in-memory PGlite;
// - TEST_DATABASE_URL set: real Postgres, isolated in a new schema (search_path) that is dropped afterwards,
//   together with the namespaced pg-boss schema, so parallel files and re-runs never see each other's rows.

/** Postgres URL for the integration suite, or undefined for PGlite. */
export const testDatabaseUrl: string | undefined = process.env.TEST_DATABASE_URL || undefined;

export interface TestDb extends AsyncDisposable {
  database: Database;
  /** Drops everything this test database created. Safe to call twice. */
  close(): Promise<void>;
}

export interface TestDbOptions {
  /** Apply the migrations (default true). */
  migrate?: boolean;
}

/** A fresh database for one test file: PGlite in memory, or a throwaway schema on TEST_DATABASE_URL. */
export async function createTestDb(opts: TestDbOptions = {}): Promise<TestDb> {
  const url = testDatabaseUrl;
  const schema = url ? `t_${process.pid}_${randomBytes(4).toString('hex')}` : undefined;
  if (url && schema) await adminQuery(url, `CREATE SCHEMA ${schema}`);
  const migrated = opts.migrate !== false;
  const template = !url && migrated ? await migratedPgliteTemplate() : undefined;
  const database = await openDatabase({ url, schema, template });
  // Also on a template: a no-op there, and it proves the template is current.
  if (migrated) await migrate(database.db);
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await database.close();
    if (url && schema) await dropTestSchema(url, schema);
  };
  return { database, close, [Symbol.asyncDispose]: close };
}

/** Drops a test schema and the pg-boss schema namespaced after it. */
export async function dropTestSchema(url: string, schema: string): Promise<void> {
  await adminQuery(url, `DROP SCHEMA IF EXISTS ${schema} CASCADE; DROP SCHEMA IF EXISTS ${schema}_pgboss CASCADE`);
}

/** Runs one statement as the connecting (admin) role, outside any test schema. */
export async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
