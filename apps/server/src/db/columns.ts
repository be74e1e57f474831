import type { ColumnType } from 'kysely';

// A typed column manifest: each table is declared once here-in-TS, the Kysely row types are derived from it,
// and the schema test compares it with what the SQL migrations actually created (type, nullability, default,
// CHECK values). So the Kysely types cannot silently drift from the database.

/** Postgres types as `information_schema.columns.data_type` spells them. */
export type PgType =
  'uuid' | 'text' | 'integer' | 'bigint' | 'numeric' | 'boolean' | 'timestamp with time zone' | 'date' | 'jsonb';

export interface Column<S, I, Nullable extends boolean, HasDefault extends boolean> {
  readonly pgType: PgType;
  readonly nullable: Nullable;
  readonly hasDefault: HasDefault;
  /** Allowed values, enforced by a CHECK constraint in SQL. */
  readonly values: readonly string[] | undefined;
  /** Phantom fields carrying the TS types; never set at run time. */
  readonly _select?: S;
  readonly _insert?: I;
  /** The column may be NULL. */
  null(): Column<S, I, true, HasDefault>;
  /** The database fills the column when an insert omits it (DEFAULT or serial). */
  defaulted(): Column<S, I, Nullable, true>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyColumn = Column<any, any, boolean, boolean>;

function column<S, I = S>(pgType: PgType, values?: readonly string[]): Column<S, I, false, false> {
  const make = (nullable: boolean, hasDefault: boolean): AnyColumn => ({
    pgType,
    nullable,
    hasDefault,
    values,
    // The phantom generics only change the static type; the run-time object is the same shape.
    null: () => make(true, hasDefault) as never,
    defaulted: () => make(nullable, true) as never,
  });
  return make(false, false) as Column<S, I, false, false>;
}

export const col = {
  uuid: () => column<string>('uuid'),
  text: () => column<string>('text'),
  /** A text column restricted to the given constants by a CHECK constraint. */
  oneOf: <const V extends readonly string[]>(values: V) => column<V[number]>('text', values),
  int: () => column<number>('integer'),
  /** int8; parsed to a JS number (ids and byte sizes stay far below 2^53). */
  bigint: () => column<number, number | string>('bigint'),
  /** numeric; parsed to a JS number (costs in USD). */
  numeric: () => column<number, number | string>('numeric'),
  bool: () => column<boolean>('boolean'),
  timestamptz: () => column<Date, Date | string>('timestamp with time zone'),
  /** Calendar date as `YYYY-MM-DD` (no time zone shifts). */
  date: () => column<string>('date'),
  /** jsonb; write values through `asJson()` so arrays are not sent as Postgres arrays. */
  jsonb: <T>() => column<T, T | string>('jsonb'),
};

type Nullish<T, N> = N extends true ? T | null : T;

/** Kysely column type of one manifest column. */
export type KyselyColumn<C> =
  C extends Column<infer S, infer I, infer N, infer D>
    ? ColumnType<Nullish<S, N>, Nullish<I, N> | (D extends true ? undefined : never), Nullish<I, N>>
    : never;

/** Kysely table interface of one manifest table. */
export type KyselyTable<T> = { [K in keyof T]: KyselyColumn<T[K]> };
