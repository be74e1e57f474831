import { z } from 'zod';

/** USD per million tokens for one model. */
export const modelPriceSchema = z.object({
  inputPerMillion: z.number().nonnegative(),
  /** Price of prompt-cache hits; the full input price when absent. */
  cachedInputPerMillion: z.number().nonnegative().optional(),
  outputPerMillion: z.number().nonnegative(),
});
export type ModelPrice = z.infer<typeof modelPriceSchema>;

/** Model name → price; the server config passes its own table (list prices change). */
export const priceTableSchema = z.record(z.string(), modelPriceSchema);
export type PriceTable = z.infer<typeof priceTableSchema>;

/** List prices (USD per 1M tokens) of the default cloud models, used when the config gives no table. */
export const defaultPriceTable: PriceTable = {
  'gpt-4.1-nano': { inputPerMillion: 0.1, cachedInputPerMillion: 0.025, outputPerMillion: 0.4 },
  'gpt-4.1-mini': { inputPerMillion: 0.4, cachedInputPerMillion: 0.1, outputPerMillion: 1.6 },
  'gpt-4o-mini': { inputPerMillion: 0.15, cachedInputPerMillion: 0.075, outputPerMillion: 0.6 },
  'gpt-5-mini': { inputPerMillion: 0.25, cachedInputPerMillion: 0.025, outputPerMillion: 2.0 },
  'gpt-5-nano': { inputPerMillion: 0.05, cachedInputPerMillion: 0.005, outputPerMillion: 0.4 },
};

/** The price of a model, matching dated snapshots (`gpt-4.1-mini-2025-04-14`) to their base name. */
export function priceOf(model: string, table: PriceTable): ModelPrice | undefined {
  if (table[model]) return table[model];
  const base = Object.keys(table)
    .filter((name) => model.startsWith(`${name}-`))
    .sort((a, b) => b.length - a.length)[0];
  return base === undefined ? undefined : table[base];
}

/** Cost in USD of one call; models missing from the table (local servers) cost 0. */
export function costOf(
  model: string,
  inputTokens: number,
  outputTokens: number,
  table: PriceTable,
  cachedInputTokens = 0,
): number {
  const price = priceOf(model, table);
  if (!price) return 0;
  const cached = Math.min(cachedInputTokens, inputTokens);
  const usd =
    ((inputTokens - cached) * price.inputPerMillion +
      cached * (price.cachedInputPerMillion ?? price.inputPerMillion) +
      outputTokens * price.outputPerMillion) /
    1_000_000;
  return Math.round(usd * 1e8) / 1e8;
}
