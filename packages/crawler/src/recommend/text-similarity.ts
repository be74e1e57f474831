// Small English stop-word list: enough to stop "the" and "you" dominating short homework texts.
const STOP = new Set(
  'a an and are as at be but by can do for from has have how i if in into is it its me my of on or our so that the their them then there these they this to up was we what when which who will with you your yours not no'.split(
    ' ',
  ),
);

/** Lower-case word tokens without stop words and Markdown punctuation, lightly stemmed. */
export function tokenize(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [])
    .map((w) => w.replace(/'s$|'/g, ''))
    .filter((w) => w.length > 2 && !STOP.has(w))
    .map(stem);
}

// Strips common suffixes so "breathing"/"breathe" and "exercises"/"exercise" meet.
function stem(w: string): string {
  return w.replace(/(ing|ed|es|s|e)$/, '') || w;
}

/** TF-IDF vectors over a fixed set of documents, for cosine similarity against a query. */
export class TfIdfIndex {
  private readonly idf = new Map<string, number>();
  private readonly vectors: Map<string, number>[];

  constructor(docs: string[][]) {
    const df = new Map<string, number>();
    for (const d of docs) for (const t of new Set(d)) df.set(t, (df.get(t) ?? 0) + 1);
    for (const [t, n] of df) this.idf.set(t, Math.log(1 + docs.length / n));
    this.vectors = docs.map((d) => this.vector(d));
  }

  /** Cosine similarity of the query with document `i`, and the terms that contributed most. */
  similarity(query: string[], i: number): { score: number; terms: string[] } {
    const q = this.vector(query);
    const d = this.vectors[i];
    if (!d) return { score: 0, terms: [] };
    const shared: [string, number][] = [];
    for (const [t, w] of q) {
      const dw = d.get(t);
      if (dw !== undefined) shared.push([t, w * dw]);
    }
    const dot = shared.reduce((s, [, v]) => s + v, 0);
    const score = dot === 0 ? 0 : dot / (norm(q) * norm(d));
    return { score, terms: shared.sort((a, b) => b[1] - a[1]).map(([t]) => t) };
  }

  private vector(tokens: string[]): Map<string, number> {
    const tf = new Map<string, number>();
    for (const t of tokens) tf.set(t, (tf.get(t) ?? 0) + 1);
    const v = new Map<string, number>();
    for (const [t, n] of tf) v.set(t, (1 + Math.log(n)) * (this.idf.get(t) ?? Math.log(2)));
    return v;
  }
}

function norm(v: Map<string, number>): number {
  let s = 0;
  for (const x of v.values()) s += x * x;
  return Math.sqrt(s);
}
