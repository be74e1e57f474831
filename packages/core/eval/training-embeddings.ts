import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { embedTexts } from '../src/nlp/embedder.ts';

// Embedding some 8,000 training sentences is most of a training run's time; the vectors of unchanged
// sentences are kept between runs. Stored as exact float bytes, so a cached vector equals a fresh one.
const cachePath = path.join(tmpdir(), 'insession-training-embeddings.json');

/** Sentence embeddings for training, reusing those computed by earlier runs on this machine. */
export async function trainingEmbeddings(texts: readonly string[]): Promise<Float32Array[]> {
  const cache = new Map<string, string>(
    existsSync(cachePath) ? Object.entries(JSON.parse(readFileSync(cachePath, 'utf8')) as Record<string, string>) : [],
  );
  const missing = [...new Set(texts.filter((t) => !cache.has(t)))];
  const fresh = await embedTexts(missing);
  missing.forEach((t, i) => cache.set(t, Buffer.from((fresh[i] as Float32Array).buffer).toString('base64')));
  if (missing.length > 0) writeFileSync(cachePath, JSON.stringify(Object.fromEntries(cache)));
  return texts.map((t) => {
    const bytes = Buffer.from(cache.get(t) as string, 'base64');
    return new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  });
}
