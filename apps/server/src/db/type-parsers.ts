// The same JS values from both drivers: int8 and numeric as numbers (pg gives strings, PGlite BigInt) and
// `date` as the plain `YYYY-MM-DD` text (pg would build a local-midnight Date and shift the day).
const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;

export const typeParsers: Record<number, (value: string) => unknown> = {
  [INT8]: (v) => Number(v),
  [NUMERIC]: (v) => Number(v),
  [DATE]: (v) => v,
};
