/** Rough token count (~4 characters per token for English) for budgets and servers that omit usage. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}
