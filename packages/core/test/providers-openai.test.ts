import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createModelProvider } from '../src/providers/model-provider.ts';
import { createOpenAiBackend, type OpenAiOptions } from '../src/providers/openai.backend.ts';
import { GenerationError } from '../src/providers/generation-error.ts';
import { reply, startOpenAiServer, type OpenAiTestServer } from './support/openai-server.ts';

const verdictSchema = z.object({ level: z.enum(['low', 'high']), reasons: z.array(z.string().min(1)).min(1) });
const valid = { level: 'high', reasons: ['client said so'] };
const request = {
  task: 'mood' as const,
  system: 'Rate it.',
  context: 'Client: I feel great.',
  prompt: 'Return the verdict.',
  schema: verdictSchema,
  promptVersion: 'mood@v1',
};
const prices = { 'test-small': { inputPerMillion: 1_000_000, outputPerMillion: 2_000_000 } };

let server: OpenAiTestServer;
beforeAll(async () => {
  server = await startOpenAiServer(() => reply.json(valid));
});
afterAll(() => server.close());

function provider(overrides: Partial<OpenAiOptions> = {}) {
  const backend = createOpenAiBackend({
    apiKey: 'test-key',
    baseURL: server.url,
    models: { default: 'test-strong', mood: 'test-small' },
    retry: { baseDelayMs: 1, maxDelayMs: 5 },
    ...overrides,
  });
  return createModelProvider(backend, { priceTable: prices });
}

const sent = (from: number) => server.requests.slice(from);

describe('openai provider against a local OpenAI-compatible server', () => {
  it('returns the validated object with usage, cost from the price table and the per-task model', async () => {
    const before = server.requests.length;
    const { value, usage } = await provider().generate(request);
    expect(value).toEqual(valid);
    const [req] = sent(before);
    expect(req?.body.model).toBe('test-small');
    expect(req?.schemaName).toBe('mood');
    expect(req?.body.response_format?.type).toBe('json_schema');
    // String lengths stay with zod: strict mode and some compatible servers reject those keywords.
    const sentSchema = JSON.stringify(req?.body.response_format?.json_schema?.schema);
    expect(sentSchema).toContain('"minItems":1');
    expect(sentSchema).not.toContain('minLength');
    // Shared context comes first so a prompt cache can reuse it across tasks.
    expect(req?.body.messages[0]?.content).toBe('Client: I feel great.');
    expect(usage).toMatchObject({ provider: 'openai', model: 'test-small', promptVersion: 'mood@v1', outcome: 'ok' });
    expect(usage.inputTokens).toBeGreaterThan(0);
    expect(usage.costUsd).toBeCloseTo(usage.inputTokens + 2 * usage.outputTokens, 6);
  });

  it('uses the stronger default model for tasks without their own model', async () => {
    const before = server.requests.length;
    await provider().generate({ ...request, task: 'deep_analysis' });
    expect(sent(before)[0]?.body.model).toBe('test-strong');
  });

  it('retries once with the validation error appended when the output is invalid', async () => {
    const before = server.requests.length;
    server.script(reply.json({ level: 'medium', reasons: [] }));
    const { value, usage } = await provider().generate(request);
    expect(value).toEqual(valid);
    expect(usage.outcome).toBe('retried');
    expect(usage.attempts).toBe(2);
    const retryPrompt = sent(before)[1]?.body.messages.at(-1)?.content ?? '';
    expect(retryPrompt).toContain('rejected by the validator');
    expect(retryPrompt).toContain('level');
  });

  it('fails the stage with the validation error when the retry is invalid too', async () => {
    server.script(reply.text('not json at all'), reply.json({ level: 'high', reasons: [] }));
    const err = await provider()
      .generate(request)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GenerationError);
    expect((err as GenerationError).message).toMatch(/mood: output failed validation after a retry: .*reasons/s);
    expect((err as GenerationError).usage).toMatchObject({ outcome: 'failed', attempts: 2 });
  });

  it('gives up on a slow server after the timeout', async () => {
    server.script(reply.slow(5_000, valid));
    const err = await provider({ timeoutMs: 100, retry: { maxRetries: 0 } })
      .generate(request)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GenerationError);
    expect((err as Error).message).toMatch(/timed out/i);
  });

  it('retries a timed-out attempt and succeeds when the server answers in time', async () => {
    const before = server.requests.length;
    server.script(reply.slow(5_000, valid));
    const { value } = await provider({ timeoutMs: 200 }).generate(request);
    expect(value).toEqual(valid);
    expect(sent(before)).toHaveLength(2);
  });

  it('waits as long as retry-after says on 429, instead of its own (here: 60 s) backoff', async () => {
    const before = server.requests.length;
    server.script(reply.rateLimited('0'), reply.rateLimited('0'));
    const { value } = await provider({ retry: { baseDelayMs: 60_000, maxDelayMs: 60_000 } }).generate(request);
    expect(value).toEqual(valid);
    expect(sent(before)).toHaveLength(3);
  }, 10_000);

  it('fails at once when retry-after asks for longer than it is allowed to wait', async () => {
    server.script(reply.rateLimited('3600'));
    const err = await provider({ retry: { maxRetryAfterMs: 1_000 } })
      .generate(request)
      .catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/429/);
  });

  it('backs off on 500s and succeeds, or fails with the status once retries run out', async () => {
    const before = server.requests.length;
    server.script(reply.serverError(), reply.serverError(503));
    await expect(provider().generate(request)).resolves.toMatchObject({ value: valid });
    expect(sent(before)).toHaveLength(3);

    server.script(reply.serverError(), reply.serverError());
    const err = await provider({ retry: { maxRetries: 1, baseDelayMs: 1 } })
      .generate(request)
      .catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/500/);
  });

  it('sends no temperature to reasoning models and a temperature to others', async () => {
    const before = server.requests.length;
    await provider({ models: { default: 'o3-mini' } }).generate(request);
    await provider({ models: { default: 'gpt-5-mini' } }).generate(request);
    await provider({ models: { default: 'gpt-4.1-mini' } }).generate(request);
    const [o3, gpt5, gpt41] = sent(before);
    expect(o3?.body).not.toHaveProperty('temperature');
    expect(gpt5?.body).not.toHaveProperty('temperature');
    expect(gpt41?.body.temperature).toBe(0.2);
  });
});
