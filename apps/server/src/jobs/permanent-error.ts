import { ProviderConfigError } from '@insession/core';

/** A stage failure that no retry can fix (missing input, feature not installed): fail the session at once. */
export class PermanentJobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentJobError';
  }
}

/** Failures no retry can fix: the stage's own, and analysis-provider settings that cannot work. */
export function isPermanentFailure(err: unknown): boolean {
  return err instanceof PermanentJobError || err instanceof ProviderConfigError;
}
