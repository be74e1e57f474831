import { z } from 'zod';
import { GenerationError } from './generation-error.ts';
import type {
  Completion,
  GenerateRequest,
  GenerateResult,
  GenerationTask,
  GenerationUsage,
  LanguageModel,
} from './generation.types.ts';
import { costOf, defaultPriceTable, type PriceTable } from './price-table.ts';

/** A language-model provider behind the one narrow interface every analysis uses. */
export interface ModelProvider {
  kind: LanguageModel['kind'];
  /** Provider id as stored with results: `openai:<model>` or `llama:<file>`. */
  idFor(task: GenerationTask): string;
  generate<S extends z.ZodType>(request: GenerateRequest<S>): Promise<GenerateResult<z.infer<S>>>;
  dispose(): Promise<void>;
}

export interface ModelProviderOptions {
  priceTable?: PriceTable;
  /** Provider id suffix for llama (the GGUF file name); defaults to the model name. */
  label?: string;
}

/** Turns JSON text into a validated value, or the readable reason it is not one. */
function validate<S extends z.ZodType>(
  schema: S,
  text: string,
): { ok: true; value: z.infer<S> } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { ok: false, error: `output is not valid JSON (${err instanceof Error ? err.message : String(err)})` };
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: z.prettifyError(parsed.error) };
}

const retryNote = (error: string): string =>
  `\n\nYour previous answer was rejected by the validator:\n${error}\nReturn a corrected JSON object that fixes every point.`;

/** Wraps a backend with zod validation, one retry carrying the validation error, and usage/cost accounting. */
export function createModelProvider(model: LanguageModel, options: ModelProviderOptions = {}): ModelProvider {
  const priceTable = options.priceTable ?? defaultPriceTable;
  return {
    kind: model.kind,
    idFor: (task) => `${model.kind}:${options.label ?? model.modelFor(task)}`,
    dispose: async () => {
      await model.dispose?.();
    },
    async generate<S extends z.ZodType>(request: GenerateRequest<S>): Promise<GenerateResult<z.infer<S>>> {
      const started = performance.now();
      const jsonSchema = z.toJSONSchema(request.schema, { target: 'draft-7', io: 'output' }) as Record<string, unknown>;
      const usage: GenerationUsage = {
        task: request.task,
        provider: model.kind,
        model: model.modelFor(request.task),
        promptVersion: request.promptVersion ?? null,
        inputTokens: 0,
        cachedInputTokens: 0,
        outputTokens: 0,
        costUsd: 0,
        latencyMs: 0,
        outcome: 'ok',
        attempts: 0,
      };
      const account = (completion: Completion): void => {
        usage.model = completion.model;
        usage.inputTokens += completion.inputTokens;
        usage.outputTokens += completion.outputTokens;
        usage.cachedInputTokens += completion.cachedInputTokens ?? 0;
        usage.costUsd = costOf(
          completion.model,
          usage.inputTokens,
          usage.outputTokens,
          priceTable,
          usage.cachedInputTokens,
        );
      };
      const finish = (outcome: GenerationUsage['outcome']): GenerationUsage => {
        usage.outcome = outcome;
        usage.latencyMs = Math.round(performance.now() - started);
        return usage;
      };

      let prompt = request.prompt;
      let lastError = '';
      for (let attempt = 1; attempt <= 2; attempt++) {
        usage.attempts = attempt;
        let completion: Completion;
        try {
          completion = await model.complete({
            task: request.task,
            system: request.system,
            context: request.context,
            prompt,
            schemaName: request.task,
            jsonSchema,
            zodSchema: request.schema,
          });
        } catch (err) {
          const reason = err instanceof Error ? err.message : String(err);
          throw new GenerationError(`${request.task}: ${model.kind} call failed: ${reason}`, finish('failed'), {
            cause: err,
          });
        }
        account(completion);
        const result = validate(request.schema, completion.text);
        if (result.ok) return { value: result.value, usage: finish(attempt === 1 ? 'ok' : 'retried') };
        lastError = result.error;
        prompt = request.prompt + retryNote(lastError);
      }
      throw new GenerationError(
        `${request.task}: output failed validation after a retry: ${lastError}`,
        finish('failed'),
      );
    },
  };
}
