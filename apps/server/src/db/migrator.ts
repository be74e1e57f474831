import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';

const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
// Any constant works; it only has to be the same in every process that migrates this database.
const MIGRATION_LOCK_KEY = 7_301_442;

export interface Migration {
  name: string;
  sql: string;
}

/** The SQL migrations, in name order (`NNNN_name.sql`). */
export async function listMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f)).sort();
  return Promise.all(files.map(async (name) => ({ name, sql: await readFile(path.join(dir, name), 'utf8') })));
}

/**
 * Applies pending migrations in one transaction and returns their names. An advisory lock serialises
 * concurrent starters (API and workers booting together on Postgres); already-applied files are skipped.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function migrate(db: Kysely<any>, migrations?: Migration[]): Promise<string[]> {
  const all = migrations ?? (await listMigrations());
  return db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`.execute(trx);
    await sql`CREATE TABLE IF NOT EXISTS schema_migrations (
      name text PRIMARY KEY,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`.execute(trx);
    const done = await sql<{ name: string }>`SELECT name FROM schema_migrations`.execute(trx);
    const applied = new Set(done.rows.map((r) => r.name));
    const pending = all.filter((m) => !applied.has(m.name));
    for (const m of pending) {
      await sql.raw(m.sql).execute(trx);
      await sql`INSERT INTO schema_migrations (name) VALUES (${m.name})`.execute(trx);
    }
    return pending.map((m) => m.name);
  });
}
