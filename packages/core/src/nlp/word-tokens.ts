/**
 * The words of a sentence as the learned models see them: lower case, apostrophes dropped ("don't" and
 * speech-to-text "dont" are the same word), numbers kept.
 */
export const spokenWords = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/['’]/g, '')
    .match(/[a-z0-9&]+/g) ?? [];

/** The words and word pairs of a sentence, each once. */
export function wordTokens(text: string): string[] {
  const words = spokenWords(text);
  const tokens = new Set(words);
  for (let i = 1; i < words.length; i++) tokens.add(`${words[i - 1]} ${words[i]}`);
  return [...tokens];
}
