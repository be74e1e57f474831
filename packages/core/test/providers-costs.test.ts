import { describe, expect, it } from 'vitest';
import { summarizeCosts, type CostRecord } from '../src/providers/cost-summary.ts';
import { costOf, defaultPriceTable } from '../src/providers/price-table.ts';
import { resolveProviderChoice, resolveProviderChoices } from '../src/providers/provider-choice.resolver.ts';
import { createProviderPool } from '../src/providers/provider-factory.ts';
import { backoffDelay, retryAfterMs } from '../src/providers/retry-policy.ts';

const rec = (over: Partial<CostRecord>): CostRecord => ({
  sessionId: 's1',
  clientId: 'c1',
  createdAt: '2026-01-10T10:00:00Z',
  task: 'mood',
  provider: 'openai',
  model: 'gpt-4.1-nano',
  inputTokens: 1000,
  outputTokens: 100,
  costUsd: 0.00014,
  outcome: 'ok',
  ...over,
});

describe('costs', () => {
  it('prices dated model snapshots by their base name and unknown (local) models at zero', () => {
    expect(costOf('gpt-4.1-mini-2025-04-14', 1_000_000, 1_000_000, defaultPriceTable)).toBeCloseTo(2.0, 6);
    expect(costOf('gpt-4.1-nano', 10_000, 1_000, defaultPriceTable)).toBeCloseTo(0.0014, 8);
    expect(costOf('qwen2.5-7b-instruct', 10_000, 1_000, defaultPriceTable)).toBe(0);
  });

  it('sums per session, client and month with a total row', () => {
    const records = [
      rec({}),
      rec({ sessionId: 's2', createdAt: '2026-02-01T00:00:00Z', costUsd: 0.01, outcome: 'failed' }),
      rec({ sessionId: null, clientId: 'c2', task: 'journey', costUsd: 0.002 }),
    ];
    expect(summarizeCosts(records, 'session').map((r) => [r.key, r.calls, r.costUsd])).toEqual([
      ['(none)', 1, 0.002],
      ['s1', 1, 0.00014],
      ['s2', 1, 0.01],
      ['total', 3, 0.01214],
    ]);
    expect(summarizeCosts(records, 'client').map((r) => r.key)).toEqual(['c1', 'c2', 'total']);
    const months = summarizeCosts(records, 'month');
    expect(months.map((r) => [r.key, r.calls, r.failed])).toEqual([
      ['2026-01', 2, 0],
      ['2026-02', 1, 1],
      ['total', 3, 1],
    ]);
  });
});

describe('provider choice', () => {
  const cli = { provider: 'openai' as const };
  const practice = { provider: 'llama' as const, model: 'practice.gguf', tasks: { narrative: 'heuristic' as const } };
  const server = { provider: 'openai' as const, model: 'gpt-4.1-mini', models: { mood: 'gpt-4.1-nano' } };

  it('takes the first source that names a provider, per task', () => {
    expect(resolveProviderChoice('deep_analysis', [cli, practice, server])).toEqual({
      provider: 'openai',
      model: 'gpt-4.1-mini',
    });
    expect(resolveProviderChoice('mood', [undefined, practice, server])).toEqual({
      provider: 'llama',
      model: 'practice.gguf',
    });
    expect(resolveProviderChoice('narrative', [undefined, practice, server])).toEqual({ provider: 'heuristic' });
    expect(resolveProviderChoice('mood', [undefined, undefined, server])).toEqual({
      provider: 'openai',
      model: 'gpt-4.1-nano',
    });
    expect(resolveProviderChoice('mood', [])).toEqual({ provider: 'heuristic' });
  });
});

describe('retry timing', () => {
  it('doubles the backoff up to the cap', () => {
    const policy = { maxRetries: 5, baseDelayMs: 100, maxDelayMs: 1000, maxRetryAfterMs: 5000 };
    const top = () => 1;
    expect([0, 1, 2, 3, 4, 5].map((n) => backoffDelay(n, policy, top))).toEqual([100, 200, 400, 800, 1000, 1000]);
    expect(backoffDelay(2, policy, () => 0)).toBe(300);
  });

  it('reads retry-after in seconds, as an HTTP date, and retry-after-ms', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterMs(new Headers({ 'retry-after': '3' }), now)).toBe(3000);
    expect(retryAfterMs(new Headers({ 'retry-after': 'Thu, 01 Jan 2026 00:00:10 GMT' }), now)).toBe(10_000);
    expect(retryAfterMs(new Headers({ 'retry-after-ms': '250', 'retry-after': '3' }), now)).toBe(250);
    expect(retryAfterMs(new Headers({}), now)).toBeUndefined();
  });
});

describe('provider pool', () => {
  it('builds the chosen provider per task and refuses a backend that is not configured', async () => {
    const choices = resolveProviderChoices([{ provider: 'openai', tasks: { narrative: 'heuristic' } }]);
    const pool = createProviderPool(choices, { openai: { apiKey: 'k', baseURL: 'http://127.0.0.1:9/v1' } });
    expect(pool.select('narrative').kind).toBe('heuristic');
    const deep = pool.select('deep_analysis');
    expect(deep.kind === 'openai' && deep.idFor('deep_analysis')).toBe('openai:gpt-4.1-mini');
    const mood = pool.select('mood');
    expect(mood.kind === 'openai' && mood.idFor('mood')).toBe('openai:gpt-4.1-nano');
    await pool.dispose();

    const unconfigured = createProviderPool(resolveProviderChoices([{ provider: 'llama' }]), {});
    expect(() => unconfigured.select('mood')).toThrow(/no GGUF model path is configured/);
  });
});

describe('prompt-cache pricing', () => {
  it('bills cached input tokens at the cached rate', () => {
    // 10k input of which 8k cached on gpt-4.1-mini: 2k × 0.4 + 8k × 0.1 per million.
    expect(costOf('gpt-4.1-mini', 10_000, 0, defaultPriceTable, 8_000)).toBeCloseTo(0.0016, 8);
    expect(
      costOf('gpt-4.1-mini', 10_000, 0, { 'gpt-4.1-mini': { inputPerMillion: 0.4, outputPerMillion: 1.6 } }, 8_000),
    ).toBeCloseTo(0.004, 8);
  });
});
