import type { SpeakerRole } from '@insession/core';

/** One speaker turn with its words; `speaker` is the diarization id (S1, S2, …), `role` from the role labeller. */
export interface AudioSegment {
  start: number;
  end: number;
  speaker: string;
  role: SpeakerRole;
  text: string;
}

/** One diarized speaker: role, how sure the labeller is, and how long they talked. */
export interface AudioSpeaker {
  id: string;
  role: SpeakerRole;
  roleConfidence: number;
  talkSeconds: number;
  words: number;
}

/** The pipeline's stages, in order; progress and timings are reported per stage. */
export const transcribeStages = ['probe', 'analyse', 'diarize', 'asr', 'align'] as const;
export type TranscribeStage = (typeof transcribeStages)[number];

/** Speech-to-text engines. `none` gives speaker turns with empty text. */
export const asrEngines = ['none', 'pocketsphinx', 'whisper', 'openai'] as const;
export type AsrEngineName = (typeof asrEngines)[number];

/** A finished transcription of one audio file. */
export interface AudioTranscript {
  segments: AudioSegment[];
  speakers: AudioSpeaker[];
  durationSec: number;
  /** Which engines produced it, e.g. { asr: 'pocketsphinx', diarization: 'mfcc-pitch-kmeans' }. */
  engine: { asr: AsrEngineName; asrModel?: string; diarization: string; vad: string };
  /** Wall time per stage in milliseconds. */
  timings: Partial<Record<TranscribeStage, number>>;
  /** Notes a user should see, e.g. that pocketsphinx is an inaccurate fallback. */
  warnings: string[];
}

/** Progress of one stage, 0..1. */
export interface TranscribeProgress {
  stage: TranscribeStage;
  fraction: number;
}
