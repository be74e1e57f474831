import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import OpenAI, { toFile } from 'openai';
import type { TranscriptionDiarized } from 'openai/resources/audio/transcriptions';
import { AudioError } from '../audio-error.ts';
import { runProcess } from '../probe/run-process.ts';
import type { AsrContext, AsrEngine, AsrPiece } from './asr-engine.ts';
import type { OpenAiAsrOptions } from './asr-options.ts';
import { planChunks, type ChunkSpan } from './chunk-plan.ts';
import { mergeDiarizedChunks } from './speaker-remap.ts';

const DIARIZE_MODEL = 'gpt-4o-transcribe-diarize';

/**
 * OpenAI (or any OpenAI-compatible server) transcription. Audio is re-encoded to mono 16 kHz Opus and sent in
 * overlapping chunks of at most 1,400 s (well under the 25 MB limit); each chunk's result is checkpointed.
 * The SDK retries 429 and 5xx with exponential backoff.
 */
export function createOpenAiAsr(options: OpenAiAsrOptions): AsrEngine {
  const model = options.model ?? DIARIZE_MODEL;
  const diarized = model === DIARIZE_MODEL;
  const client = new OpenAI({ apiKey: options.apiKey, baseURL: options.baseURL, maxRetries: options.maxRetries ?? 4 });
  return {
    name: 'openai',
    needsPcm: false,
    async transcribe(ctx) {
      const spans = planChunks(ctx.durationSec, options.chunkSec ?? 1400, options.overlapSec ?? 10);
      const chunks: { span: ChunkSpan; pieces: AsrPiece[] }[] = [];
      for (const span of spans) {
        let pieces = await ctx.store.readJson<AsrPiece[]>('asr-openai', span.index);
        if (!pieces) {
          const audio = await encodeOpus(ctx, span);
          pieces = await request(client, model, options, audio, span).catch((err: unknown) => {
            throw err instanceof AudioError
              ? err
              : new AudioError('engine', `OpenAI transcription failed: ${String(err)}`, { cause: err });
          });
          await ctx.store.write('asr-openai', span.index, 'json', JSON.stringify(pieces));
        }
        chunks.push({ span, pieces });
        ctx.onProgress(chunks.length / spans.length);
      }
      const pieces = diarized ? mergeDiarizedChunks(chunks) : mergeUndiarized(chunks);
      return { pieces, diarized, model, warnings: [] };
    },
  };
}

async function request(
  client: OpenAI,
  model: string,
  options: OpenAiAsrOptions,
  audio: Buffer,
  span: ChunkSpan,
): Promise<AsrPiece[]> {
  const file = await toFile(audio, `chunk-${span.index}.ogg`, { type: 'audio/ogg' });
  const language = options.language ? { language: options.language } : {};
  if (model === DIARIZE_MODEL) {
    // The SDK's return type does not narrow on response_format; diarized_json always has this shape.
    const res = (await client.audio.transcriptions.create({
      file,
      model,
      response_format: 'diarized_json',
      chunking_strategy: 'auto',
      ...language,
    })) as TranscriptionDiarized;
    return res.segments.map((s) => ({
      start: span.start + s.start,
      end: span.start + s.end,
      text: s.text,
      speaker: s.speaker,
    }));
  }
  const res = await client.audio.transcriptions.create({
    file,
    model,
    response_format: 'verbose_json',
    timestamp_granularities: ['segment'],
    ...language,
  });
  return (res.segments ?? []).map((s) => ({ start: span.start + s.start, end: span.start + s.end, text: s.text }));
}

// Without speaker labels, overlapping chunks are joined by cutting at the overlap's midpoint.
function mergeUndiarized(chunks: { span: ChunkSpan; pieces: AsrPiece[] }[]): AsrPiece[] {
  return chunks.flatMap((c, i) => {
    const prev = chunks[i - 1];
    const next = chunks[i + 1];
    const from = prev ? (c.span.start + prev.span.end) / 2 : -Infinity;
    const to = next ? (next.span.start + c.span.end) / 2 : Infinity;
    return c.pieces.filter((p) => p.start >= from && p.start < to);
  });
}

async function encodeOpus(ctx: AsrContext, span: ChunkSpan): Promise<Buffer> {
  const out = ctx.store.file('asr-openai', span.index, 'ogg');
  await mkdir(path.dirname(out), { recursive: true });
  const args = [
    '-nostdin',
    '-v',
    'error',
    '-y',
    '-ss',
    span.start.toFixed(3),
    '-t',
    (span.end - span.start).toFixed(3),
  ];
  args.push('-i', ctx.sourcePath, '-vn', '-ac', '1', '-ar', '16000', '-c:a', 'libopus', '-b:a', '32k', out);
  const res = await runProcess('ffmpeg', args, ctx.signal);
  if (res.code !== 0)
    throw new AudioError('corrupt', `Could not encode a chunk for upload: ${res.stderr.trim().slice(-200)}`);
  return readFile(out);
}
