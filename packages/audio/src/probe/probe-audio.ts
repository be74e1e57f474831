import { stat } from 'node:fs/promises';
import { AudioError } from '../audio-error.ts';
import { ACCEPTED_FORMATS, DEFAULT_MAX_DURATION_SEC } from '../audio-constants.ts';
import { runProcess } from './run-process.ts';

/** What ffprobe says about an accepted audio file. */
export interface AudioProbe {
  format: string;
  codec: string;
  durationSec: number;
  sampleRate: number;
  channels: number;
  sizeBytes: number;
  /** Peak level in dBFS from a full decode; null when the silence check was skipped. */
  maxVolumeDb: number | null;
}

/** Options for {@link probeAudio}. */
export interface ProbeOptions {
  maxDurationSec?: number;
  /** Decode the whole file once to prove it is readable end to end and not silent (default true). */
  checkSilence?: boolean;
  /** Peak level at or below which a file counts as silent (default -60 dBFS). */
  silenceDb?: number;
  signal?: AbortSignal;
}

interface FfprobeJson {
  format?: { format_name?: string; duration?: string };
  streams?: { codec_type?: string; codec_name?: string; sample_rate?: string; channels?: number; duration?: string }[];
}

/**
 * Checks that a file is an accepted, readable, non-silent recording within the length limit.
 * Throws an {@link AudioError} with code 'unsupported' | 'corrupt' | 'too_long' | 'silent'.
 */
export async function probeAudio(path: string, options: ProbeOptions = {}): Promise<AudioProbe> {
  const sizeBytes = (await stat(path)).size;
  if (sizeBytes === 0) throw new AudioError('corrupt', 'The audio file is empty.');
  const probe = await runProcess(
    'ffprobe',
    [
      '-v',
      'error',
      '-show_entries',
      'format=format_name,duration:stream=codec_type,codec_name,sample_rate,channels,duration',
      '-of',
      'json',
      path,
    ],
    options.signal,
  );
  if (probe.code !== 0) {
    throw new AudioError(
      'corrupt',
      `The audio file could not be read: it is damaged or not audio (${firstLine(probe.stderr) || 'unknown format'}).`,
    );
  }
  const info = JSON.parse(probe.stdout) as FfprobeJson;
  const format = info.format?.format_name ?? '';
  const audio = info.streams?.find((s) => s.codec_type === 'audio');
  if (!(ACCEPTED_FORMATS as readonly string[]).includes(format) || !audio) {
    throw new AudioError(
      'unsupported',
      `Unsupported file (${format || 'unknown'}${audio ? '' : ', no audio stream'}). Accepted: wav, mp3, m4a/aac, ogg/opus, webm/opus, flac.`,
    );
  }
  const durationSec = Number(info.format?.duration ?? audio.duration ?? NaN);
  if (!Number.isFinite(durationSec) || durationSec <= 0) {
    throw new AudioError('corrupt', 'The audio file has no readable duration; it may be truncated or damaged.');
  }
  const maxDurationSec = options.maxDurationSec ?? DEFAULT_MAX_DURATION_SEC;
  if (durationSec > maxDurationSec) {
    throw new AudioError(
      'too_long',
      `The recording is ${formatMinutes(durationSec)} long; the limit is ${formatMinutes(maxDurationSec)}.`,
    );
  }
  const maxVolumeDb = options.checkSilence === false ? null : await peakLevel(path, options.signal);
  if (maxVolumeDb !== null && maxVolumeDb <= (options.silenceDb ?? -60)) {
    throw new AudioError('silent', `The recording is silent (peak level ${maxVolumeDb.toFixed(1)} dBFS).`);
  }
  return {
    format,
    codec: audio.codec_name ?? 'unknown',
    durationSec,
    sampleRate: Number(audio.sample_rate ?? 0),
    channels: audio.channels ?? 0,
    sizeBytes,
    maxVolumeDb,
  };
}

// A full decode with volumedetect both proves every packet decodes and measures the peak level.
async function peakLevel(path: string, signal?: AbortSignal): Promise<number> {
  const res = await runProcess(
    'ffmpeg',
    ['-nostdin', '-hide_banner', '-v', 'info', '-xerror', '-i', path, '-vn', '-af', 'volumedetect', '-f', 'null', '-'],
    signal,
  );
  const match = /max_volume:\s*(-?[\d.]+|-inf) dB/.exec(res.stderr);
  if (res.code !== 0 || !match) {
    throw new AudioError('corrupt', `The audio could not be decoded to the end (${errorLine(res.stderr)}).`);
  }
  return match[1] === '-inf' ? -Infinity : Number(match[1]);
}

const firstLine = (s: string): string => s.trim().split('\n')[0]?.slice(0, 200) ?? '';
const errorLine = (s: string): string =>
  s
    .split('\n')
    .filter((l) => /error|invalid/i.test(l))
    .pop()
    ?.trim()
    .slice(0, 200) ?? 'decoder error';
const formatMinutes = (sec: number): string => `${Math.round(sec / 60)} min`;
