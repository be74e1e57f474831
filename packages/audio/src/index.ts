// Public API of @insession/audio. Job handlers and the CLI import only from here.
export { transcribeAudio, type TranscribeAudioOptions } from './pipeline/transcribe-audio.ts';
export { probeAudio, type AudioProbe, type ProbeOptions } from './probe/probe-audio.ts';
export { AudioError, type AudioErrorCode } from './audio-error.ts';
export {
  asrEngines,
  transcribeStages,
  type AsrEngineName,
  type AudioSegment,
  type AudioSpeaker,
  type AudioTranscript,
  type TranscribeProgress,
  type TranscribeStage,
} from './transcript.types.ts';
export type { AsrEngine, AsrPiece, AsrResult, AsrContext } from './asr/asr-engine.ts';
export type {
  AsrEngineOptions,
  OpenAiAsrOptions,
  WhisperAsrOptions,
  PocketsphinxAsrOptions,
} from './asr/asr-options.ts';
export { diarize, DIARIZER_NAME, type DiarizeOptions } from './diarize/diarizer.ts';
export type { SpeakerTurn } from './diarize/speaker-turn.ts';
export { ACCEPTED_FORMATS, DEFAULT_MAX_DURATION_SEC, SAMPLE_RATE } from './audio-constants.ts';
export { formatTranscript, transcriptExportFormats, type TranscriptExportFormat } from './export/format-transcript.ts';
export { modelCatalog, findModel, DEFAULT_MODEL_BASE_URL, type ModelEntry } from './models/model-catalog.ts';
export { pullModel, type PullOptions, type PullResult } from './models/pull-model.ts';
