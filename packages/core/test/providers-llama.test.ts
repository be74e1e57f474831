import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createLlamaBackend } from '../src/providers/llama.backend.ts';
import { createModelProvider, type ModelProvider } from '../src/providers/model-provider.ts';
import { tinyLlamaGguf } from './support/tiny-gguf.ts';

// The model here is a one-block llama with RANDOM weights and a real tokenizer: its output is meaningless text.
// What the test proves is the path: GGUF loads, the JSON-schema grammar constrains generation, zod accepts it.
const schema = z.object({
  level: z.enum(['none', 'low', 'moderate', 'high']),
  note: z.string().min(1).max(24),
  flags: z.array(z.enum(['sleep', 'work', 'family'])).max(2),
  followUp: z.boolean(),
  technique: z.object({ name: z.string().min(1).max(16) }).nullable(),
});

let provider: ModelProvider;
beforeAll(() => {
  const modelPath = tinyLlamaGguf();
  // One thread: the CI machine has two cores shared with other tests; spinning threads would only slow it down.
  provider = createModelProvider(
    createLlamaBackend({ modelPath, contextSize: 1024, maxTokens: 160, seed: 7, threads: 1 }),
  );
});
afterAll(() => provider.dispose());

describe('llama provider (node-llama-cpp, GGUF, JSON-schema grammar)', () => {
  it('runs a grammar-constrained generation end to end and the output passes zod (content is meaningless)', async () => {
    const context = 'Session transcript:\n[00:00] Client: I slept badly and work has been hard.';
    const first = await provider.generate({
      task: 'mood',
      system: 'Rate the risk.',
      context,
      prompt: 'Return JSON.',
      schema,
    });
    expect(schema.safeParse(first.value).success).toBe(true);
    expect(first.usage).toMatchObject({ provider: 'llama', model: 'tiny-random-llama.gguf', costUsd: 0 });
    expect(first.usage.inputTokens).toBeGreaterThan(10);
    expect(first.usage.outputTokens).toBeGreaterThan(5);
    expect(provider.idFor('mood')).toBe('llama:tiny-random-llama.gguf');

    // A second task on the same transcript reuses the loaded model and its context sequence.
    const second = await provider.generate({
      task: 'risk',
      system: 'Flag risk.',
      context,
      prompt: 'Return JSON.',
      schema,
    });
    expect(schema.safeParse(second.value).success).toBe(true);
    // The transcript comes first, so the second task finds it already in the context and evaluates only the rest.
    expect(second.usage.cachedInputTokens).toBeGreaterThan(20);
    expect(second.usage.cachedInputTokens).toBeLessThan(second.usage.inputTokens);
  });
});
