import { access } from 'node:fs/promises';
import path from 'node:path';
import { AudioError } from '../audio-error.ts';
import type { AsrEngine, AsrPiece } from './asr-engine.ts';
import type { WhisperAsrOptions } from './asr-options.ts';
import { loadWhisperBinding } from './whisper-binding.ts';

/** whisper.cpp on the CPU with a user-supplied ggml model, one 300 s PCM chunk at a time, checkpointed per chunk. */
export async function createWhisperAsr(options: WhisperAsrOptions): Promise<AsrEngine> {
  await access(options.modelPath).catch(() => {
    throw new AudioError(
      'model_missing',
      `Whisper model not found at ${options.modelPath}. Run \`npx insession models pull base.en\` to download one.`,
    );
  });
  const { WhisperContext } = loadWhisperBinding();
  const model = path.basename(options.modelPath);
  return {
    name: 'whisper',
    needsPcm: true,
    async transcribe(ctx) {
      let context: InstanceType<typeof WhisperContext> | undefined;
      const pieces: AsrPiece[] = [];
      try {
        for (let i = 0; i < ctx.pcmChunks; i++) {
          let chunk = await ctx.store.readJson<AsrPiece[]>('asr-whisper', i);
          if (!chunk) {
            context ??= openModel(WhisperContext, options.modelPath);
            const pcm = await ctx.store.read('pcm', i, 's16');
            const data = new ArrayBuffer(pcm.byteLength);
            new Uint8Array(data).set(pcm);
            const job = context.transcribeData(data, {
              language: options.language ?? 'en',
              maxThreads: options.threads ?? 2,
              onProgress: (p) => ctx.onProgress((i + p / 100) / ctx.pcmChunks),
            });
            ctx.signal?.addEventListener('abort', () => void job.stop(), { once: true });
            const res = await job.promise;
            if (res.isAborted) throw new AudioError('engine', 'Transcription was cancelled.');
            chunk = res.segments
              .filter((s) => s.text.trim() !== '')
              .map((s) => ({
                start: i * ctx.chunkSec + s.t0 / 1000,
                end: i * ctx.chunkSec + s.t1 / 1000,
                text: s.text.trim(),
              }));
            await ctx.store.write('asr-whisper', i, 'json', JSON.stringify(chunk));
          }
          pieces.push(...chunk);
          ctx.onProgress((i + 1) / ctx.pcmChunks);
        }
      } finally {
        await context?.release();
      }
      return { pieces, diarized: false, model, warnings: [] };
    },
  };
}

function openModel<T>(Context: new (o: { filePath: string; useGpu?: boolean }) => T, filePath: string): T {
  try {
    return new Context({ filePath, useGpu: false });
  } catch (err) {
    throw new AudioError(
      'model_missing',
      `Could not load the whisper model ${filePath}: it is not a valid ggml model.`,
      {
        cause: err,
      },
    );
  }
}
