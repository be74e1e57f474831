import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PGliteDialect } from './pglite.dialect.ts';
import type { DB } from './schema.ts';
import { typeParsers } from './type-parsers.ts';

interface DatabaseBase {
  db: Kysely<DB>;
  /**
   * Postgres schema holding the app tables when not the default (tests isolate runs this way). Also used to
   * namespace pg-boss's schema and NOTIFY channels so parallel runs on one server never see each other.
   */
  namespace: string | undefined;
  close(): Promise<void>;
}

export interface EmbeddedDatabase extends DatabaseBase {
  kind: 'pglite';
  pglite: PGlite;
}

export interface PostgresDatabase extends DatabaseBase {
  kind: 'postgres';
  connectionString: string;
  pool: pg.Pool;
}

export type Database = EmbeddedDatabase | PostgresDatabase;

export interface OpenDatabaseOptions {
  /** Postgres connection string; when absent the embedded PGlite is used. */
  url?: string | undefined;
  /** PGlite data directory; when absent (and no url) an in-memory database is used. */
  dataDir?: string | undefined;
  /** Postgres only: put app tables in this schema (set as search_path). */
  schema?: string | undefined;
  poolSize?: number;
  /** PGlite only: start from a data directory dump (`dumpDataDir`) instead of an empty cluster. */
  template?: Blob;
}

/** Opens the app database: Postgres when a URL is given, otherwise PGlite (on disk or in memory). */
export async function openDatabase(opts: OpenDatabaseOptions): Promise<Database> {
  if (opts.url) return openPostgres(opts.url, opts.schema, opts.poolSize ?? 10);
  if (opts.schema) throw new Error('a separate schema is only supported on Postgres');
  if (opts.dataDir) await mkdir(opts.dataDir, { recursive: true });
  const pglite = await PGlite.create({
    ...(opts.dataDir ? { dataDir: opts.dataDir } : {}),
    ...(opts.template ? { loadDataDir: opts.template } : {}),
  });
  const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite) });
  return {
    kind: 'pglite',
    db,
    pglite,
    namespace: undefined,
    async close() {
      await db.destroy();
      if (!pglite.closed) await pglite.close();
    },
  };
}

function openPostgres(connectionString: string, schema: string | undefined, max: number): PostgresDatabase {
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name "${schema}"`);
  const pool = new pg.Pool({
    connectionString,
    max,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
    types: {
      getTypeParser: ((oid: number, format?: 'text') =>
        typeParsers[oid] ?? pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // An idle client losing its connection (server restart) must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    kind: 'postgres',
    db,
    pool,
    connectionString,
    namespace: schema,
    async close() {
      await db.destroy();
    },
  };
}
