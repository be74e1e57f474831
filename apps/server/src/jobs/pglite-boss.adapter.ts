import type { PGlite } from '@electric-sql/pglite';
import type PgBoss from 'pg-boss';

/**
 * pg-boss `db` adapter over the app's in-process PGlite (see shared EMBEDDED-DB.md). pg-boss sends
 * multi-statement scripts without values (run with exec) and single statements with values (run with query).
 */
export function pgliteBossAdapter(pglite: PGlite): PgBoss.Db {
  return {
    async executeSql(text: string, values?: unknown[]) {
      try {
        if (values && values.length > 0) return await pglite.query(text, values);
        const results = await pglite.exec(text);
        return results.at(-1) ?? { rows: [] };
      } catch (err) {
        // PGlite has a single session: a failed script would otherwise leave every later query in an aborted
        // transaction. Our own transactions go through pglite.transaction(), which this never interrupts,
        // because that holds the lock that exec/query wait for.
        if (pglite.isInTransaction()) await pglite.exec('ROLLBACK');
        throw err;
      }
    },
  };
}
