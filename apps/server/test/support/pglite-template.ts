import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import { listMigrations, migrate } from '../../src/db/migrator.ts';
import { PGliteDialect } from '../../src/db/pglite.dialect.ts';

// Creating a PGlite cluster (initdb) takes seconds, loading a dump of one a fraction of that. Test files
// share a migrated template under .tmp/, keyed by the migrations' content so any change rebuilds it.
const TEMPLATE_DIR = fileURLToPath(new URL('../../../../.tmp/pglite-templates/', import.meta.url));

/** A dump of an in-memory PGlite with every migration applied, built once and cached on disk. */
export async function migratedPgliteTemplate(): Promise<Blob> {
  const hash = createHash('sha256');
  for (const m of await listMigrations()) hash.update(m.name).update('\0').update(m.sql);
  const file = path.join(TEMPLATE_DIR, `${hash.digest('hex').slice(0, 16)}.tar`);
  const cached = await readFile(file).catch(() => undefined);
  if (cached) return new Blob([cached]);

  const pglite = await PGlite.create();
  try {
    await migrate(new Kysely({ dialect: new PGliteDialect(pglite) }));
    const dump = await pglite.dumpDataDir('none');
    await mkdir(TEMPLATE_DIR, { recursive: true });
    // Parallel test files may build it at the same time: write aside, then rename atomically.
    const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    await writeFile(tmp, Buffer.from(await dump.arrayBuffer()));
    await rename(tmp, file);
    return dump;
  } finally {
    await pglite.close();
  }
}
