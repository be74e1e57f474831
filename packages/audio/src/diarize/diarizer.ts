import { FRAME_SECONDS } from '../audio-constants.ts';
import { FEATURE, FEATURE_DIM } from '../features/frame-features.ts';
import type { FrameTable } from '../pipeline/analyse-audio.ts';
import type { SpeechRegion } from '../vad/voice-activity.ts';
import { forEachSpeechFrame, resegmentFrames } from './frame-resegment.ts';
import { kmeans, silhouette } from './kmeans.ts';
import { renameByAppearance, tidyTurns, type SpeakerTurn } from './speaker-turn.ts';
import { windowEmbeddings } from './window-embeddings.ts';

/** Options for {@link diarize}. */
export interface DiarizeOptions {
  /** Known number of speakers; estimated (1..maxSpeakers) when omitted. */
  speakers?: number;
  maxSpeakers?: number;
  /** Turns shorter than this are given to a neighbour (default 0.4 s). */
  minTurnSec?: number;
  /** Same-speaker turns closer than this are joined (default 0.3 s). */
  mergeGapSec?: number;
}

/** Name of the default diarizer, reported in the transcript's engine field. */
export const DIARIZER_NAME = 'mfcc-pitch-kmeans';

// Below this mean silhouette two clusters are one voice split in half rather than two voices.
const MIN_SILHOUETTE = 0.2;

/**
 * Offline speaker diarization without a model download: window embeddings (MFCC + pitch) → k-means with the
 * given or estimated speaker count → frame-level re-segmentation → minimum turn length. Every speech region ends
 * up with a speaker, so nothing is left "unknown".
 */
export function diarize(table: FrameTable, regions: SpeechRegion[], options: DiarizeOptions = {}): SpeakerTurn[] {
  if (regions.length === 0) return [];
  const { points, centres } = windowEmbeddings(table, regions);
  let k = Math.max(1, Math.min(options.speakers ?? 0, points.n));
  let labels: Int32Array = new Int32Array(points.n);
  if (!options.speakers) {
    k = 1;
    let bestScore = MIN_SILHOUETTE;
    for (let c = 2; c <= Math.min(options.maxSpeakers ?? 4, points.n - 1); c++) {
      const run = kmeans(points, c);
      const score = silhouette(points, run.labels, c);
      if (score > bestScore) [k, bestScore, labels] = [c, score, run.labels];
    }
  } else if (k > 1) {
    labels = kmeans(points, k).labels;
  }
  const frameLabels = new Int32Array(table.frames).fill(-1);
  let w = 0;
  forEachSpeechFrame(table, regions, (f) => {
    while (w + 1 < centres.length && Math.abs(centres[w + 1]! - f) <= Math.abs(centres[w]! - f)) w += 1;
    frameLabels[f] = labels[w] ?? 0;
  });
  const refined = k > 1 ? resegmentFrames(table, regions, frameLabels, k) : frameLabels;
  return renameByAppearance(
    tidyTurns(turnsFromFrames(table, regions, refined), options.minTurnSec ?? 0.4, options.mergeGapSec ?? 0.3),
  );
}

function turnsFromFrames(table: FrameTable, regions: SpeechRegion[], labels: Int32Array): SpeakerTurn[] {
  const turns: SpeakerTurn[] = [];
  for (const r of regions) {
    const a = Math.floor(r.start / FRAME_SECONDS);
    const b = Math.min(table.frames, Math.ceil(r.end / FRAME_SECONDS));
    let runStart = a;
    for (let f = a + 1; f <= b; f++) {
      if (f < b && labels[f] === labels[runStart]) continue;
      turns.push({
        start: runStart === a ? r.start : runStart * FRAME_SECONDS,
        end: f === b ? r.end : f * FRAME_SECONDS,
        speaker: `c${labels[runStart] ?? 0}`,
      });
      runStart = f;
    }
  }
  return turns;
}

/** Per-frame speech probabilities of the table (the VAD column). */
export function vadColumn(table: FrameTable): Float32Array {
  const out = new Float32Array(table.frames);
  for (let f = 0; f < table.frames; f++) out[f] = table.rows[f * FEATURE_DIM + FEATURE.vad]!;
  return out;
}
