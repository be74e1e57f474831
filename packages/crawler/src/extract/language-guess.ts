// Very common function words per language. Enough to tell these languages apart on a paragraph of text;
// pages in other languages stay "und" rather than being guessed wrong.
const STOPWORDS: Record<string, string[]> = {
  en: ['the', 'and', 'you', 'that', 'is', 'for', 'with', 'your', 'this', 'are', 'it', 'of', 'to', 'can'],
  es: ['el', 'la', 'de', 'que', 'y', 'los', 'las', 'en', 'por', 'para', 'con', 'una', 'es', 'tu', 'del'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'vous', 'pour', 'que', 'une', 'dans', 'du', 'pas', 'avec'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'sie', 'mit', 'den', 'ein', 'eine', 'zu', 'auf', 'sich'],
  pt: ['o', 'a', 'os', 'as', 'de', 'que', 'e', 'do', 'da', 'em', 'para', 'com', 'não', 'uma', 'você'],
  it: ['il', 'la', 'di', 'che', 'e', 'un', 'una', 'per', 'non', 'sono', 'gli', 'le', 'del', 'della', 'con'],
  nl: ['de', 'het', 'een', 'en', 'van', 'ik', 'je', 'niet', 'dat', 'is', 'op', 'met', 'voor', 'zijn'],
};
const SETS = Object.entries(STOPWORDS).map(([lang, words]) => [lang, new Set(words)] as const);
const MIN_HITS = 8;

/** Guesses the language of plain text from function words; "und" when unsure. */
export function guessLanguage(text: string): string {
  const words = (text.toLowerCase().match(/\p{L}+/gu) ?? []).slice(0, 2000);
  const scores = SETS.map(([lang, set]) => [lang, words.filter((w) => set.has(w)).length] as const).sort(
    (a, b) => b[1] - a[1],
  );
  const [best, second] = scores;
  if (!best || best[1] < MIN_HITS) return 'und';
  // Related languages share words ("de", "la", "que"); demand a clear lead.
  return best[1] >= 1.5 * (second?.[1] ?? 0) ? best[0] : 'und';
}
