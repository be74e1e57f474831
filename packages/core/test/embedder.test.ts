import { describe, expect, it } from 'vitest';
import { cosine, embedTexts } from '../src/nlp/embedder.ts';

describe('embedTexts', () => {
  it('returns vectors in input order although it batches sentences by length', async () => {
    const texts = [
      'I have been walking by the canal every morning before work and it helps me think more clearly.',
      'Okay.',
      'My sister came over on Sunday.',
    ];
    const together = await embedTexts(texts);
    const alone = await Promise.all(texts.map(async (t) => (await embedTexts([t]))[0] as Float32Array));
    together.forEach((v, i) => expect(cosine(v, alone[i] as Float32Array)).toBeGreaterThan(0.999));
    expect(cosine(together[0] as Float32Array, alone[1] as Float32Array)).toBeLessThan(0.9);
  });
});
