import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tables } from '../../src/db/schema.ts';
import { createTestDb, type TestDb } from '../support/test-db.ts';

// The Kysely types are derived from `tables`; this compares `tables` with what the migrations created, so a
// migration that adds, drops or retypes a column without the TS side (or the reverse) fails here.

interface DbColumn {
  table_name: string;
  column_name: string;
  data_type: string;
  is_nullable: 'YES' | 'NO';
  has_default: boolean;
}

const INTERNAL_TABLES = new Set(['schema_migrations']);

function describeManifest() {
  const out: Record<string, string> = {};
  for (const [table, columns] of Object.entries(tables)) {
    for (const [name, c] of Object.entries(columns)) {
      out[`${table}.${name}`] = `${c.pgType}${c.nullable ? ' null' : ''}${c.hasDefault ? ' default' : ''}`;
    }
  }
  return out;
}

describe('schema.ts matches the migrations', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => t.close());

  it('has the same tables, columns, types, nullability and defaults', async () => {
    const { rows } = await sql<DbColumn>`
      SELECT table_name, column_name, data_type, is_nullable, column_default IS NOT NULL AS has_default
      FROM information_schema.columns
      WHERE table_schema = current_schema()
      ORDER BY table_name, ordinal_position`.execute(t.database.db);
    const actual: Record<string, string> = {};
    for (const r of rows) {
      if (INTERNAL_TABLES.has(r.table_name)) continue;
      actual[`${r.table_name}.${r.column_name}`] =
        `${r.data_type}${r.is_nullable === 'YES' ? ' null' : ''}${r.has_default ? ' default' : ''}`;
    }
    expect(actual).toEqual(describeManifest());
  });

  it('has a CHECK constraint with exactly the TS constants for every enumerated column', async () => {
    const { rows } = await sql<{ table_name: string; def: string }>`
      SELECT cls.relname AS table_name, pg_get_constraintdef(con.oid) AS def
      FROM pg_constraint con JOIN pg_class cls ON cls.oid = con.conrelid
      WHERE con.contype = 'c' AND cls.relnamespace = current_schema()::regnamespace`.execute(t.database.db);
    for (const [table, columns] of Object.entries(tables)) {
      for (const [name, c] of Object.entries(columns)) {
        if (!c.values) continue;
        const check = rows.find((r) => r.table_name === table && new RegExp(`\\(\\(?${name}\\b`).test(r.def));
        expect(check, `CHECK on ${table}.${name}`).toBeDefined();
        const values = [...(check?.def ?? '').matchAll(/'([^']+)'::text/g)].map((m) => m[1]);
        expect(values.sort(), `${table}.${name}`).toEqual([...c.values].sort());
      }
    }
  });
});
