import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../apps/server/src/db/database.ts';

/** Postgres for the benchmark rows: BENCH_DATABASE_URL, else TEST_DATABASE_URL, else the CI server. */
export const benchPostgresUrl =
  process.env['BENCH_DATABASE_URL'] || process.env['TEST_DATABASE_URL'] || 'postgres://postgres@127.0.0.1:5432/test';

/**
 * Runs `fn` on a throwaway schema of the benchmark Postgres (dropped afterwards, with its pg-boss schema).
 * Returns undefined, and says so, when the server is not reachable: the Postgres rows are then left out.
 */
export async function withPostgres<T>(fn: (db: Database) => Promise<T>): Promise<T | undefined> {
  const admin = new pg.Client({ connectionString: benchPostgresUrl });
  try {
    await admin.connect();
  } catch {
    process.stderr.write(`bench: Postgres not reachable at ${benchPostgresUrl}; Postgres rows skipped\n`);
    return undefined;
  }
  const schema = `bench_${randomBytes(4).toString('hex')}`;
  await admin.query(`CREATE SCHEMA ${schema}`);
  const database = await openDatabase({ url: benchPostgresUrl, schema });
  try {
    return await fn(database);
  } finally {
    await database.close();
    await admin.query(`DROP SCHEMA ${schema} CASCADE; DROP SCHEMA IF EXISTS ${schema}_pgboss CASCADE`);
    await admin.end();
  }
}

/** Runs `fn` on a fresh in-memory PGlite. */
export async function withPglite<T>(fn: (db: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase({});
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}
