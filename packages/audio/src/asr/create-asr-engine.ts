import { AudioError } from '../audio-error.ts';
import type { AsrEngineName } from '../transcript.types.ts';
import type { AsrEngine } from './asr-engine.ts';
import type { AsrEngineOptions } from './asr-options.ts';
import { noneAsr } from './none.asr.ts';

/** Loads the named engine lazily, so only the chosen engine's libraries are ever imported. */
export async function createAsrEngine(name: AsrEngineName, options: AsrEngineOptions = {}): Promise<AsrEngine> {
  switch (name) {
    case 'none':
      return noneAsr;
    case 'pocketsphinx':
      return (await import('./pocketsphinx.asr.ts')).createPocketsphinxAsr(options.pocketsphinx ?? {});
    case 'whisper': {
      if (!options.whisper?.modelPath) {
        throw new AudioError(
          'model_missing',
          'No whisper model configured. Run `npx insession models pull base.en` and set WHISPER_MODEL_PATH to the file it prints.',
        );
      }
      return (await import('./whisper.asr.ts')).createWhisperAsr(options.whisper);
    }
    case 'openai': {
      if (!options.openai?.apiKey)
        throw new AudioError('engine', 'The openai engine needs an API key (OPENAI_API_KEY).');
      return (await import('./openai.asr.ts')).createOpenAiAsr(options.openai);
    }
  }
}
