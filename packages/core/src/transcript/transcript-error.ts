export type TranscriptErrorCode = 'empty' | 'one_speaker' | 'no_text' | 'unreadable' | 'too_large' | 'unsupported_type';

/** A transcript that cannot be used, with a machine code and a message naming the problem for the user. */
export class TranscriptError extends Error {
  override readonly name = 'TranscriptError';
  constructor(
    readonly code: TranscriptErrorCode,
    message: string,
  ) {
    super(message);
  }
}
