import { mkdir } from 'node:fs/promises';
import { labelRoles } from '@insession/core';
import { AudioError } from '../audio-error.ts';
import { CHUNK_FRAMES, FRAME_SECONDS } from '../audio-constants.ts';
import { alignPieces, turnsFromDiarizedPieces, type AlignedTurn } from '../align/align-pieces.ts';
import type { AsrEngine } from '../asr/asr-engine.ts';
import type { AsrEngineOptions } from '../asr/asr-options.ts';
import { createAsrEngine } from '../asr/create-asr-engine.ts';
import { DIARIZER_NAME, diarize, vadColumn } from '../diarize/diarizer.ts';
import { renameByAppearance } from '../diarize/speaker-turn.ts';
import { probeAudio } from '../probe/probe-audio.ts';
import type { AsrEngineName, AudioTranscript, TranscribeProgress, TranscribeStage } from '../transcript.types.ts';
import { createSileroWorkerVad } from '../vad/silero-worker.vad.ts';
import { speechRegions } from '../vad/speech-regions.ts';
import { analyseAudio } from './analyse-audio.ts';
import { ChunkStore } from './chunk-store.ts';

/** Options for {@link transcribeAudio}. */
export interface TranscribeAudioOptions extends AsrEngineOptions {
  /** The uploaded or recorded file (wav, mp3, m4a/aac, ogg/opus, webm/opus, flac). */
  path: string;
  /** Speech-to-text engine by name, or an engine instance. */
  asr: AsrEngineName | AsrEngine;
  /** Known number of speakers (usually 2); estimated when omitted. */
  speakers?: number;
  /** Checkpoint directory for this job; reuse it after a crash to resume from finished chunks. */
  workDir: string;
  maxDurationSec?: number;
  /** Checkpoint interval in 32 ms frames (default 9,375 = 300 s); smaller means less lost work on a crash. */
  chunkFrames?: number;
  onProgress?: (progress: TranscribeProgress) => void;
  signal?: AbortSignal;
}

/**
 * Audio file → diarized transcript with roles: probe → decode + VAD + features (chunked, resumable) →
 * diarize → speech-to-text → align → role labelling. Throws {@link AudioError} for unusable input.
 */
export async function transcribeAudio(options: TranscribeAudioOptions): Promise<AudioTranscript> {
  const timings: AudioTranscript['timings'] = {};
  const progress = (stage: TranscribeStage, fraction: number): void => options.onProgress?.({ stage, fraction });
  const timed = async <T>(stage: TranscribeStage, fn: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    progress(stage, 0);
    const out = await fn();
    timings[stage] = Math.round(performance.now() - t0);
    progress(stage, 1);
    return out;
  };

  // The silence check happens during analysis, which decodes the file anyway; probing stays a header read.
  const probe = await timed('probe', () => probeAudio(options.path, { ...options, checkSilence: false }));
  const engine = typeof options.asr === 'string' ? await createAsrEngine(options.asr, options) : options.asr;
  await mkdir(options.workDir, { recursive: true });
  const store = new ChunkStore(options.workDir);
  const chunkFrames = options.chunkFrames ?? CHUNK_FRAMES;
  const chunkSec = chunkFrames * FRAME_SECONDS;
  const vad = createSileroWorkerVad();
  const table = await timed('analyse', () =>
    analyseAudio({
      path: options.path,
      durationSec: probe.durationSec,
      vad,
      store,
      keepPcm: engine.needsPcm,
      chunkFrames,
      onProgress: (f) => progress('analyse', f),
      signal: options.signal,
    }).finally(() => vad.close()),
  );
  if (table.loudestFrameDb <= SILENCE_DB) {
    throw new AudioError('silent', `The recording is silent (loudest moment ${table.loudestFrameDb.toFixed(0)} dBFS).`);
  }
  const regions = speechRegions(vadColumn(table));
  if (regions.length === 0) throw new AudioError('silent', 'No speech was found in the recording.');
  const turns = await timed('diarize', () => Promise.resolve(diarize(table, regions, { speakers: options.speakers })));
  const asr = await timed('asr', () =>
    engine.transcribe({
      sourcePath: options.path,
      store,
      pcmChunks: Math.ceil(table.frames / chunkFrames),
      chunkSec,
      durationSec: probe.durationSec,
      regions,
      onProgress: (f) => progress('asr', f),
      signal: options.signal,
    }),
  );
  const aligned = await timed('align', () =>
    Promise.resolve<AlignedTurn[]>(
      asr.diarized ? renameTurns(turnsFromDiarizedPieces(asr.pieces)) : alignPieces(turns, asr.pieces),
    ),
  );
  const speakers = labelRoles(aligned);
  const roleOf = new Map(speakers.map((s) => [s.id, s.role]));
  const warnings = [...asr.warnings];
  if (table.resumedChunks > 0)
    warnings.push(`Resumed from ${table.resumedChunks} finished chunk(s) of an earlier run.`);
  return {
    segments: aligned.map((t) => ({
      ...t,
      start: round2(t.start),
      end: round2(t.end),
      role: roleOf.get(t.speaker) ?? 'other',
    })),
    speakers,
    durationSec: round2(probe.durationSec),
    engine: {
      asr: engine.name,
      ...(asr.model ? { asrModel: asr.model } : {}),
      diarization: asr.diarized ? `${engine.name}-diarize` : DIARIZER_NAME,
      vad: 'silero-vad',
    },
    timings,
    warnings,
  };
}

const renameTurns = (turns: AlignedTurn[]): AlignedTurn[] => {
  const renamed = renameByAppearance(turns);
  return turns.map((t, i) => ({ ...t, speaker: renamed[i]!.speaker }));
};
// Same threshold as probeAudio's peak check, applied to 32 ms RMS levels.
const SILENCE_DB = -60;
const round2 = (n: number): number => Math.round(n * 100) / 100;
