import type { AsrEngine } from './asr-engine.ts';

/** No speech-to-text: the transcript has speaker turns with empty text. */
export const noneAsr: AsrEngine = {
  name: 'none',
  needsPcm: false,
  transcribe: () => Promise.resolve({ pieces: [], diarized: false, warnings: [] }),
};
