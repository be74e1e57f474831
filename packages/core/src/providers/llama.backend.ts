import path from 'node:path';
import type { ChatWrapper, Llama, LlamaContext, LlamaContextSequence, LlamaModel } from 'node-llama-cpp';
import { toGbnfJsonSchema } from './gbnf-schema.ts';
import type { Completion, CompletionRequest, LanguageModel } from './generation.types.ts';

export interface LlamaOptions {
  /** A GGUF model file supplied by the user (nothing is downloaded). */
  modelPath: string;
  /** Context window in tokens; must hold the transcript plus the longest task. */
  contextSize?: number;
  /** Cap on generated tokens per call. */
  maxTokens?: number;
  temperature?: number;
  /** Fixed seed for reproducible output. */
  seed?: number;
  /** CPU threads (default: what node-llama-cpp picks). */
  threads?: number;
}

const SHARED_SYSTEM = 'You analyse therapy sessions for the treating clinician and answer with JSON only.';

interface Loaded {
  llama: Llama;
  model: LlamaModel;
  context: LlamaContext;
  sequence: LlamaContextSequence;
}

/**
 * Local GGUF backend through node-llama-cpp, output constrained by a JSON-schema grammar. One context sequence
 * serves every task in order; the prompt puts the shared context (transcript) first, so consecutive tasks of a
 * session re-evaluate only the tokens after it.
 */
export function createLlamaBackend(options: LlamaOptions): LanguageModel {
  let loading: Promise<Loaded> | undefined;
  let chatWrapper: ChatWrapper | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const name = path.basename(options.modelPath);

  const load = (): Promise<Loaded> =>
    (loading ??= (async () => {
      // Loaded lazily: the API process never loads the engine, only job handlers that use it.
      const { getLlama, LlamaLogLevel } = await import('node-llama-cpp');
      // Prebuilt CPU binaries only: never compile or download anything at run time.
      const llama = await getLlama({ gpu: false, build: 'never', progressLogs: false, logLevel: LlamaLogLevel.error });
      const model = await llama.loadModel({ modelPath: options.modelPath });
      const context = await model.createContext({
        contextSize: options.contextSize ?? 8192,
        threads: options.threads,
        sequences: 1,
      });
      return { llama, model, context, sequence: context.getSequence() };
    })());

  async function once(request: CompletionRequest): Promise<Completion> {
    const { llama, model, sequence } = await load();
    const { LlamaCompletion, resolveChatWrapper } = await import('node-llama-cpp');
    // The schema is only known at run time, so the generic's literal-type inference cannot apply.
    const schema = toGbnfJsonSchema(request.jsonSchema) as Parameters<Llama['createGrammarForJsonSchema']>[0];
    const grammar = await llama.createGrammarForJsonSchema(schema);
    // Rendered with the model's own chat template. The system line and the shared context open the user turn, so the
    // tokens up to the end of the transcript are identical across a session's tasks and stay in the sequence.
    chatWrapper ??= resolveChatWrapper(model);
    const { contextText } = chatWrapper.generateContextState({
      chatHistory: [
        { type: 'system', text: SHARED_SYSTEM },
        {
          type: 'user',
          text: [request.context ?? '', `Task: ${request.system}`, request.prompt].filter(Boolean).join('\n\n'),
        },
        { type: 'model', response: [] },
      ],
    });
    // LlamaCompletion adds the model's BOS token itself; a second one would change the prompt.
    const rendered = contextText.tokenize(model.tokenizer);
    const bos = model.tokens.bos;
    const input = bos !== null && rendered[0] === bos ? rendered.slice(1) : rendered;
    // How much of this prompt the sequence already holds from the previous task (it is not evaluated again).
    const held = sequence.contextTokens;
    const skip = bos !== null && held[0] === bos ? 1 : 0;
    let reused = 0;
    while (reused < input.length - 1 && held[skip + reused] === input[reused]) reused++;
    const completion = new LlamaCompletion({ contextSequence: sequence, autoDisposeSequence: false });
    try {
      const output = await completion.generateCompletion(input, {
        grammar,
        maxTokens: options.maxTokens ?? 2048,
        temperature: options.temperature ?? 0.2,
        seed: options.seed,
      });
      return {
        text: output,
        model: name,
        inputTokens: input.length,
        cachedInputTokens: reused,
        outputTokens: model.tokenize(output).length,
      };
    } finally {
      completion.dispose();
    }
  }

  return {
    kind: 'llama',
    modelFor: () => name,
    complete(request) {
      // One sequence: calls run one after another (a failed call does not block the next).
      const run = queue.then(() => once(request));
      queue = run.catch(() => undefined);
      return run;
    },
    async dispose() {
      if (!loading) return;
      const loaded = await loading;
      await loaded.context.dispose();
      await loaded.model.dispose();
      await loaded.llama.dispose();
      loading = undefined;
    },
  };
}
