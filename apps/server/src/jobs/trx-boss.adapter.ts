import { CompiledQuery, type Kysely } from 'kysely';
import type PgBoss from 'pg-boss';

/**
 * Lets pg-boss run its INSERT on an open Kysely transaction (`boss.send(..., { db })`), so a job exists
 * if and only if the transaction commits. Works the same on PGlite and Postgres.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function transactionBossAdapter(trx: Kysely<any>): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      const result = await trx.executeQuery(CompiledQuery.raw(text, values));
      return { rows: [...result.rows] };
    },
  };
}
