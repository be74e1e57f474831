import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { AudioError } from '../audio-error.ts';
import { DEFAULT_MODEL_BASE_URL, type ModelEntry } from './model-catalog.ts';

/** Options for {@link pullModel}. */
export interface PullOptions {
  dir: string;
  /** A mirror of the whisper.cpp model repository (default Hugging Face). */
  baseUrl?: string;
  onProgress?: (receivedBytes: number, totalBytes: number) => void;
  signal?: AbortSignal;
}

/** Result of a pull: where the file is and whether it was already there. */
export interface PullResult {
  path: string;
  downloaded: boolean;
}

/**
 * Downloads a model into `dir` and keeps it only if its size and SHA-256 match the catalog; a file that is already
 * present and verifies is not downloaded again. Only ever runs when a user asks for it.
 */
export async function pullModel(model: ModelEntry, options: PullOptions): Promise<PullResult> {
  const target = path.join(options.dir, model.file);
  if (await verifies(target, model)) return { path: target, downloaded: false };
  await mkdir(options.dir, { recursive: true });
  const url = `${(options.baseUrl ?? DEFAULT_MODEL_BASE_URL).replace(/\/$/, '')}/${model.file}`;
  const res = await fetch(url, { signal: options.signal, redirect: 'follow' }).catch((err: unknown) => {
    throw new AudioError('engine', `Could not reach ${url}: ${err instanceof Error ? err.message : String(err)}`, {
      cause: err,
    });
  });
  if (!res.ok || !res.body)
    throw new AudioError('engine', `Download of ${model.id} failed: HTTP ${res.status} from ${url}`);
  const partial = `${target}.part`;
  const hash = createHash('sha256');
  let received = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      received += chunk.length;
      options.onProgress?.(received, model.bytes);
      done(null, chunk);
    },
  });
  try {
    await pipeline(Readable.fromWeb(res.body as WebReadableStream<Uint8Array>), meter, createWriteStream(partial));
    const digest = hash.digest('hex');
    if (received !== model.bytes || digest !== model.sha256) {
      throw new AudioError(
        'engine',
        `Downloaded ${model.file} does not match its published checksum (got ${received} bytes, sha256 ${digest}); it was discarded.`,
      );
    }
    await rename(partial, target);
    return { path: target, downloaded: true };
  } finally {
    await rm(partial, { force: true });
  }
}

async function verifies(file: string, model: ModelEntry): Promise<boolean> {
  const size = await stat(file).then(
    (s) => s.size,
    () => -1,
  );
  if (size !== model.bytes) return false;
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex') === model.sha256;
}
