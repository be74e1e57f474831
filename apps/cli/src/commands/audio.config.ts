import path from 'node:path';
import { asrEngines, type AsrEngineName } from '@insession/audio';

/** Speech settings for the CLI, read from the same variables the server uses (documented in .env.example). */
export interface AudioCliConfig {
  asr: AsrEngineName;
  whisperModelPath?: string;
  openaiApiKey?: string;
  openaiBaseUrl?: string;
  openaiModel?: string;
  /** Where `models pull` puts model files: `<DATA_DIR>/models`. */
  modelsDir: string;
}

/** Reads ASR_ENGINE, WHISPER_MODEL_PATH, OPENAI_API_KEY, OPENAI_BASE_URL, OPENAI_TRANSCRIBE_MODEL and DATA_DIR. */
export function audioCliConfig(env: NodeJS.ProcessEnv = process.env): AudioCliConfig {
  const value = (name: string): string | undefined => (env[name] ? env[name] : undefined);
  const asr = value('ASR_ENGINE') ?? 'pocketsphinx';
  if (!(asrEngines as readonly string[]).includes(asr)) {
    throw new Error(`ASR_ENGINE must be one of ${asrEngines.join(', ')} (got "${asr}")`);
  }
  return {
    asr: asr as AsrEngineName,
    whisperModelPath: value('WHISPER_MODEL_PATH'),
    openaiApiKey: value('OPENAI_API_KEY'),
    openaiBaseUrl: value('OPENAI_BASE_URL'),
    openaiModel: value('OPENAI_TRANSCRIBE_MODEL'),
    modelsDir: path.resolve(value('DATA_DIR') ?? './data', 'models'),
  };
}
