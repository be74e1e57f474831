import type { GenerationUsage } from './generation.types.ts';

/** A stage that could not produce a valid result; carries the usage so failed calls are still costed. */
export class GenerationError extends Error {
  readonly usage: GenerationUsage;

  constructor(message: string, usage: GenerationUsage, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'GenerationError';
    this.usage = usage;
  }
}
