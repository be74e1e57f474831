/** Why an audio file cannot be transcribed; each code maps to one message a user can act on. */
export type AudioErrorCode = 'corrupt' | 'silent' | 'too_long' | 'unsupported' | 'engine' | 'model_missing';

/** A transcription failure with a stable code (for the session's failure reason) and a readable message. */
export class AudioError extends Error {
  readonly code: AudioErrorCode;

  constructor(code: AudioErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AudioError';
    this.code = code;
  }
}
