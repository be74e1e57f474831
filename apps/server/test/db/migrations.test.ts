import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listMigrations, migrate } from '../../src/db/migrator.ts';
import { createTestDb, type TestDb } from '../support/test-db.ts';

describe('migrations', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb({ migrate: false });
  });
  afterAll(async () => t.close());

  it('apply every file to an empty database, then a second run is a no-op', async () => {
    const files = (await listMigrations()).map((m) => m.name);
    expect(files.length).toBeGreaterThan(0);
    expect(await migrate(t.database.db)).toEqual(files);

    const before = await sql<{ n: number }>`SELECT count(*)::int AS n FROM schema_migrations`.execute(t.database.db);
    expect(await migrate(t.database.db)).toEqual([]);
    const after = await sql<{ n: number }>`SELECT count(*)::int AS n FROM schema_migrations`.execute(t.database.db);
    expect(after.rows).toEqual(before.rows);
  });

  it('makes audit_log append-only', async () => {
    const db = t.database.db;
    await db.insertInto('audit_log').values({ action: 'read', resource_type: 'session' }).execute();
    await expect(db.updateTable('audit_log').set({ action: 'changed' }).execute()).rejects.toThrow(/append-only/);
    await expect(db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
    const rows = await db.selectFrom('audit_log').select('action').execute();
    expect(rows).toEqual([{ action: 'read' }]);
  });
});
