import { spawn } from 'node:child_process';
import { AudioError } from '../audio-error.ts';
import { explainSpawnError } from '../probe/run-process.ts';
import { FRAME_SAMPLES, SAMPLE_RATE } from '../audio-constants.ts';

/** Options for {@link decodeFrames}. */
export interface DecodeOptions {
  /** Start decoding at this offset (resume after finished chunks). */
  startSec?: number;
  /** Frames per yielded block; a block is `framesPerBlock * 512` samples. */
  framesPerBlock?: number;
  signal?: AbortSignal;
}

/**
 * Streams any accepted file as 16 kHz mono float32 PCM through Debian's ffmpeg, in blocks of whole 32 ms frames.
 * Memory stays flat: ffmpeg is paused by back-pressure while a block is processed. The last block is zero-padded.
 */
export async function* decodeFrames(path: string, options: DecodeOptions = {}): AsyncGenerator<Float32Array> {
  const blockSamples = (options.framesPerBlock ?? 64) * FRAME_SAMPLES;
  // -xerror: a damaged stream fails loudly instead of yielding a silently shortened recording.
  const args = ['-nostdin', '-v', 'error', '-xerror'];
  if (options.startSec) args.push('-ss', options.startSec.toFixed(3));
  args.push('-i', path, '-vn', '-ac', '1', '-ar', String(SAMPLE_RATE), '-f', 'f32le', 'pipe:1');
  const child = spawn('ffmpeg', args, { stdio: ['ignore', 'pipe', 'pipe'], signal: options.signal });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr = (stderr + d).slice(-2000)));
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on('error', (err) => reject(explainSpawnError('ffmpeg', err)));
    child.on('close', resolve);
  });
  exited.catch(() => undefined);

  const block = new Float32Array(blockSamples);
  const bytes = new Uint8Array(block.buffer);
  let filled = 0; // bytes
  try {
    for await (const chunk of child.stdout as AsyncIterable<Buffer>) {
      let offset = 0;
      while (offset < chunk.length) {
        const n = Math.min(bytes.length - filled, chunk.length - offset);
        bytes.set(chunk.subarray(offset, offset + n), filled);
        filled += n;
        offset += n;
        if (filled === bytes.length) {
          yield block;
          filled = 0;
        }
      }
    }
    const code = await exited;
    if (code !== 0)
      throw new AudioError('corrupt', `ffmpeg could not decode the audio: ${stderr.trim().split('\n').pop() ?? ''}`);
    const samples = Math.floor(filled / 4);
    if (samples > 0) {
      const frames = Math.ceil(samples / FRAME_SAMPLES);
      block.fill(0, samples, frames * FRAME_SAMPLES);
      yield block.subarray(0, frames * FRAME_SAMPLES);
    }
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
}
