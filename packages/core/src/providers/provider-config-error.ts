/**
 * Provider settings that cannot work (a backend chosen but not configured, a Wave 1 choice that mixes the engine
 * and a model). Retrying cannot fix them, so the pipeline fails the session at once with this message.
 */
export class ProviderConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProviderConfigError';
  }
}
