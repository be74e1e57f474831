import type { PGlite, Results, Transaction } from '@electric-sql/pglite';
import {
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
} from 'kysely';
import { typeParsers } from './type-parsers.ts';

// Kysely dialect for an in-process PGlite. Unlike a dialect that sends bare BEGIN/COMMIT, each Kysely
// transaction runs inside `pglite.transaction()`, which holds PGlite's transaction lock: statements from
// pg-boss or other callers wait instead of silently joining (and being rolled back with) our transaction.

const ROLLBACK = Symbol('rollback');

class PGliteConnection implements DatabaseConnection {
  private tx: Transaction | undefined;
  private finish: ((commit: boolean) => void) | undefined;
  private settled: Promise<unknown> | undefined;

  constructor(private readonly pg: PGlite) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const target = this.tx ?? this.pg;
    // Without parameters use the simple protocol, so migrations and scripts may hold several statements.
    const result: Results<R> | undefined =
      query.parameters.length === 0
        ? ((await target.exec(query.sql, { parsers: typeParsers })).at(-1) as Results<R> | undefined)
        : await target.query<R>(query.sql, [...query.parameters], { parsers: typeParsers });
    const affected = result?.affectedRows;
    return { rows: result?.rows ?? [], ...(affected === undefined ? {} : { numAffectedRows: BigInt(affected) }) };
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming queries are not supported on PGlite');
  }

  begin(): Promise<void> {
    return new Promise((started, failed) => {
      this.settled = this.pg
        .transaction(
          (tx) =>
            new Promise<void>((resolve, reject) => {
              this.tx = tx;
              this.finish = (commit) => (commit ? resolve() : reject(ROLLBACK));
              started();
            }),
        )
        .catch((err: unknown) => {
          if (err !== ROLLBACK) throw err;
        })
        .finally(() => {
          this.tx = undefined;
          this.finish = undefined;
        });
      this.settled.catch(failed);
    });
  }

  async end(commit: boolean): Promise<void> {
    if (!this.finish) throw new Error('no transaction in progress');
    this.finish(commit);
    await this.settled;
  }
}

class PGliteDriver implements Driver {
  constructor(private readonly pg: PGlite) {}
  async init(): Promise<void> {}
  async acquireConnection(): Promise<DatabaseConnection> {
    return new PGliteConnection(this.pg);
  }
  async beginTransaction(conn: DatabaseConnection): Promise<void> {
    await (conn as PGliteConnection).begin();
  }
  async commitTransaction(conn: DatabaseConnection): Promise<void> {
    await (conn as PGliteConnection).end(true);
  }
  async rollbackTransaction(conn: DatabaseConnection): Promise<void> {
    await (conn as PGliteConnection).end(false);
  }
  async releaseConnection(): Promise<void> {}
  // The PGlite instance belongs to the caller (pg-boss and listeners share it), so destroy leaves it open.
  async destroy(): Promise<void> {}
}

/** Kysely dialect over an in-process PGlite whose transactions hold PGlite's transaction lock. */
export class PGliteDialect implements Dialect {
  constructor(private readonly pg: PGlite) {}
  createAdapter() {
    return new PostgresAdapter();
  }
  createDriver(): Driver {
    return new PGliteDriver(this.pg);
  }
  createQueryCompiler() {
    return new PostgresQueryCompiler();
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  createIntrospector(db: Kysely<any>) {
    return new PostgresIntrospector(db);
  }
}
