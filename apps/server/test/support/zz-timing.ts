import { PGlite } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import { PGliteDialect } from '../../src/db/pglite.dialect.ts';
import { migrate } from '../../src/db/migrator.ts';
let t0 = performance.now();
const lap = (l: string) => {
  console.log(l, Math.round(performance.now() - t0));
  t0 = performance.now();
};
const pg = await PGlite.create();
lap('create');
await migrate(new Kysely({ dialect: new PGliteDialect(pg) }));
lap('migrate');
const dump = await pg.dumpDataDir('none');
lap('dump ' + dump.size);
const pg2 = await PGlite.create({ loadDataDir: dump });
lap('load');
console.log((await pg2.query('select count(*) from schema_migrations')).rows);
lap('q');
