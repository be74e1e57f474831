/** Settings for the OpenAI (or OpenAI-compatible) transcription API. */
export interface OpenAiAsrOptions {
  apiKey: string;
  /** An OpenAI-compatible base URL, e.g. http://127.0.0.1:8080/v1 (default: the OpenAI API). */
  baseURL?: string;
  /** 'gpt-4o-transcribe-diarize' (speakers from the API, the default) or 'whisper-1' (segment timestamps). */
  model?: string;
  /** Longest chunk sent in one request, seconds (default 1,400; the API's limit is 1,500). */
  chunkSec?: number;
  /** Overlap between consecutive chunks, seconds (default 10); used to match speakers across chunks. */
  overlapSec?: number;
  maxRetries?: number;
  language?: string;
}

/** Settings for whisper.cpp through the @fugood native binding. */
export interface WhisperAsrOptions {
  /** A ggml model file (see `insession models pull`). */
  modelPath: string;
  threads?: number;
  language?: string;
}

/** Settings for Debian's pocketsphinx. */
export interface PocketsphinxAsrOptions {
  /** Binary to run (default pocketsphinx_continuous on PATH). */
  binary?: string;
}

/** Engine-specific settings; only the chosen engine's entry is read. */
export interface AsrEngineOptions {
  openai?: OpenAiAsrOptions;
  whisper?: WhisperAsrOptions;
  pocketsphinx?: PocketsphinxAsrOptions;
}
