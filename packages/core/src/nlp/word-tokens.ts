/**
 * The words and word pairs of a sentence, as the learned models see them: lower case, apostrophes
 * dropped ("don't" and speech-to-text "dont" are the same token), numbers kept.
 */
export function wordTokens(text: string): string[] {
  const words =
    text
      .toLowerCase()
      .replace(/['’]/g, '')
      .match(/[a-z0-9&]+/g) ?? [];
  const tokens = new Set(words);
  for (let i = 1; i < words.length; i++) tokens.add(`${words[i - 1]} ${words[i]}`);
  return [...tokens];
}
