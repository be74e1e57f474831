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
  const sampleRate = Number(audio.sample_rate ?? 0);
  const channels = audio.channels ?? 0;
  const headerSec = Number(info.format?.duration ?? audio.duration ?? NaN);
  if (!Number.isFinite(headerSec) || headerSec <= 0) {
    throw new AudioError('corrupt', 'The audio file has no readable duration; it may be truncated or damaged.');
  }
  const maxDurationSec = options.maxDurationSec ?? DEFAULT_MAX_DURATION_SEC;
  // Checked on the header first so that an overlong file is refused without decoding it.
  assertWithinLimit(headerSec, maxDurationSec);
  const decoded = options.checkSilence === false ? null : await decodeToEnd(path, sampleRate, channels, options.signal);
  if (decoded && decoded.peakDb <= (options.silenceDb ?? -60)) {
    throw new AudioError('silent', `The recording is silent (peak level ${decoded.peakDb.toFixed(1)} dBFS).`);
  }
  // Raw ADTS and VBR MP3 without a seek table only have a duration estimated from the bitrate;
  // the decoded sample count is exact, and chunk planning must not stop short of the real end.
  const durationSec = decoded?.durationSec ?? headerSec;
  assertWithinLimit(durationSec, maxDurationSec);
  return {
    format,
    codec: audio.codec_name ?? 'unknown',
    durationSec,
    sampleRate,
    channels,
    sizeBytes,
    maxVolumeDb: decoded?.peakDb ?? null,
  };
}

function assertWithinLimit(durationSec: number, maxDurationSec: number): void {
  if (durationSec > maxDurationSec) {
    throw new AudioError(
      'too_long',
      `The recording is ${formatMinutes(durationSec)} long; the limit is ${formatMinutes(maxDurationSec)}.`,
    );
  }
}

interface DecodedAudio {
  peakDb: number;
  /** From the decoded sample count; null when ffmpeg did not report it. */
  durationSec: number | null;
}

// A full decode with volumedetect proves every packet decodes, measures the peak level and counts the samples.
async function decodeToEnd(
  path: string,
  sampleRate: number,
  channels: number,
  signal?: AbortSignal,
): Promise<DecodedAudio> {
  const res = await runProcess(
    'ffmpeg',
    ['-nostdin', '-hide_banner', '-v', 'info', '-xerror', '-i', path, '-vn', '-af', 'volumedetect', '-f', 'null', '-'],
    signal,
  );
  const peak = /max_volume:\s*(-?[\d.]+|-inf) dB/.exec(res.stderr);
  if (res.code !== 0 || !peak) {
    throw new AudioError('corrupt', `The audio could not be decoded to the end (${errorLine(res.stderr)}).`);
  }
  // volumedetect counts every sample of every channel.
  const counted = Number(/n_samples:\s*(\d+)/.exec(res.stderr)?.[1] ?? NaN);
  const durationSec = counted > 0 && sampleRate > 0 && channels > 0 ? counted / (sampleRate * channels) : null;
  return { peakDb: peak[1] === '-inf' ? -Infinity : Number(peak[1]), durationSec };
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
