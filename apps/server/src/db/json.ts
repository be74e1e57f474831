import { sql, type RawBuilder } from 'kysely';

/**
 * Wraps a value for a jsonb column. Needed because node-postgres sends JS arrays as Postgres arrays, which a
 * jsonb column rejects; PGlite and pg both accept the JSON text cast to jsonb.
 */
export function asJson<T>(value: T): RawBuilder<T> {
  return sql<T>`${JSON.stringify(value)}::jsonb`;
}
