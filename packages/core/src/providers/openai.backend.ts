import OpenAI, { APIConnectionError, APIError } from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { Completion, CompletionRequest, GenerationTask, LanguageModel } from './generation.types.ts';
import { backoffDelay, defaultRetryPolicy, retryAfterMs, sleep, type RetryPolicy } from './retry-policy.ts';
import { estimateTokens } from './token-estimate.ts';

/** Default cloud models: a small one for Wave 1 labelling, a stronger one for Wave 2 writing. */
export const defaultOpenAiModels: { default: string } & Partial<Record<GenerationTask, string>> = {
  default: 'gpt-4.1-mini',
  mood: 'gpt-4.1-nano',
  session_labels: 'gpt-4.1-nano',
  breakthrough: 'gpt-4.1-nano',
  risk: 'gpt-4.1-nano',
};

export interface OpenAiOptions {
  apiKey: string;
  /** Any OpenAI-compatible server (vLLM, Ollama, llama.cpp server); the SDK default when unset. */
  baseURL?: string;
  /** Model per task; `default` covers tasks not listed. */
  models?: { default: string } & Partial<Record<GenerationTask, string>>;
  /** Per-attempt timeout. */
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  /** Sampling temperature for non-reasoning models. */
  temperature?: number;
}

/** o-series and gpt-5 reasoning models reject `temperature`. */
export const isReasoningModel = (model: string): boolean => /^(o\d|gpt-5)/i.test(model);

const retryableStatus = (status: number | undefined): boolean =>
  status === 408 || status === 409 || status === 429 || (status !== undefined && status >= 500);

// OpenAI's strict mode documents no string-length keywords, and some compatible servers reject them; zod still
// enforces lengths (with one retry), so they are left out of the schema sent to the server.
const UNSENT_KEYWORDS = new Set(['minLength', 'maxLength']);

function withoutKeywords(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutKeywords);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => !UNSENT_KEYWORDS.has(key))
      .map(([key, value]) => [key, withoutKeywords(value)]),
  );
}

function responseFormat(request: CompletionRequest) {
  const format = zodResponseFormat(request.zodSchema, request.schemaName);
  format.json_schema.schema = withoutKeywords(format.json_schema.schema) as Record<string, unknown>;
  return format;
}

/** OpenAI chat-completions backend with structured outputs, timeouts and 429/5xx retries. */
export function createOpenAiBackend(options: OpenAiOptions): LanguageModel {
  // The SDK's own retries are off so the policy (and its cap) is ours and testable.
  const client = new OpenAI({ apiKey: options.apiKey, baseURL: options.baseURL, maxRetries: 0 });
  const models = options.models ?? defaultOpenAiModels;
  const policy: RetryPolicy = { ...defaultRetryPolicy, ...options.retry };
  const timeout = options.timeoutMs ?? 120_000;
  const modelFor = (task: GenerationTask): string => models[task] ?? models.default;

  async function once(request: CompletionRequest): Promise<Completion> {
    const model = modelFor(request.task);
    // Shared context goes first so a server-side prompt cache can reuse it across a session's tasks.
    const messages: ChatCompletionMessageParam[] = [
      ...(request.context ? [{ role: 'user' as const, content: request.context }] : []),
      { role: 'system', content: request.system },
      { role: 'user', content: request.prompt },
    ];
    const response = await client.chat.completions.create(
      {
        model,
        messages,
        response_format: responseFormat(request),
        ...(isReasoningModel(model) ? {} : { temperature: options.temperature ?? 0.2 }),
      },
      { timeout },
    );
    const message = response.choices[0]?.message;
    if (message?.refusal) throw new Error(`model refused: ${message.refusal}`);
    const text = message?.content ?? '';
    const promptText = [request.context ?? '', request.system, request.prompt].join('\n');
    return {
      text,
      model: response.model || model,
      inputTokens: response.usage?.prompt_tokens ?? estimateTokens(promptText),
      cachedInputTokens: response.usage?.prompt_tokens_details?.cached_tokens ?? 0,
      outputTokens: response.usage?.completion_tokens ?? estimateTokens(text),
    };
  }

  return {
    kind: 'openai',
    modelFor,
    async complete(request) {
      for (let retry = 0; ; retry++) {
        try {
          return await once(request);
        } catch (err) {
          const status = err instanceof APIError ? err.status : undefined;
          const transient = err instanceof APIConnectionError || retryableStatus(status);
          if (!transient || retry >= policy.maxRetries) throw err;
          const asked = err instanceof APIError ? retryAfterMs(err.headers) : undefined;
          if (asked !== undefined && asked > policy.maxRetryAfterMs) throw err;
          await sleep(asked ?? backoffDelay(retry, policy));
        }
      }
    },
  };
}
