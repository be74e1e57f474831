import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { AuditRepository } from '../../repositories/audit.repository.ts';
import type { SessionRow } from '../../repositories/session.repository.ts';
import type { MediaFileRow, UploadRepository } from '../../repositories/upload.repository.ts';
import { HttpError, conflict } from '../../routes/http-error.ts';
import type { RequestContext } from '../request-context.ts';
import { SNIFF_BYTES, sniffAudioType } from './audio-type.sniffer.ts';

export interface AudioUploadResult {
  file: MediaFileRow;
  /** True when the same bytes were already stored for this session (a retried upload). */
  duplicate: boolean;
}

const EXT: Record<string, string> = {
  'audio/wav': 'wav',
  'audio/mpeg': 'mp3',
  'audio/ogg': 'ogg',
  'audio/flac': 'flac',
  'audio/mp4': 'm4a',
  'audio/webm': 'webm',
};

// Streams the upload to a temp file while hashing it and sniffing its first bytes; nothing is buffered whole.
// The sha256 makes a retried upload idempotent: the same bytes for the same session return the stored file.
export class AudioUploadService {
  constructor(
    private readonly uploads: UploadRepository,
    private readonly audit: AuditRepository,
    private readonly filesDir: string,
  ) {}

  /** Receives the file into a temp path; the caller must `commit` or `discard` it. */
  async receive(
    stream: NodeJS.ReadableStream,
  ): Promise<{ tmpPath: string; sha256: string; size: number; mime: string }> {
    const tmpDir = path.join(this.filesDir, 'tmp');
    await mkdir(tmpDir, { recursive: true });
    const tmpPath = path.join(tmpDir, randomUUID());
    const hash = createHash('sha256');
    let size = 0;
    let head = Buffer.alloc(0);
    const tap = new Transform({
      transform(chunk: Buffer, _enc, done) {
        hash.update(chunk);
        size += chunk.length;
        if (head.length < SNIFF_BYTES) head = Buffer.concat([head, chunk.subarray(0, SNIFF_BYTES - head.length)]);
        done(null, chunk);
      },
    });
    try {
      await pipeline(stream, tap, createWriteStream(tmpPath));
    } catch (err) {
      await rm(tmpPath, { force: true });
      throw err;
    }
    const mime = sniffAudioType(head);
    if (!mime) {
      await rm(tmpPath, { force: true });
      throw new HttpError(
        415,
        'unsupported_audio',
        'the file is not audio in a supported format (WAV, MP3, OGG, FLAC, M4A, WebM)',
      );
    }
    if (size === 0) {
      await rm(tmpPath, { force: true });
      throw new HttpError(400, 'empty_file', 'the uploaded file is empty');
    }
    return { tmpPath, sha256: hash.digest('hex'), size, mime };
  }

  async commit(
    ctx: RequestContext,
    session: SessionRow,
    received: { tmpPath: string; sha256: string; size: number; mime: string },
    meta: { originalName: string | null; consentStatement: string },
  ): Promise<AudioUploadResult> {
    const existing = await this.uploads.findAudio(session.id);
    if (existing) {
      await rm(received.tmpPath, { force: true });
      if (existing.sha256 === received.sha256) return { file: existing, duplicate: true };
      throw conflict('this session already has a different recording; create a new session for it');
    }
    if (session.status !== 'draft' && session.status !== 'failed') {
      await rm(received.tmpPath, { force: true });
      throw conflict(`the session is already ${session.status}`);
    }
    const relative = path.join(session.practice_id, `${received.sha256}.${EXT[received.mime] ?? 'bin'}`);
    await mkdir(path.join(this.filesDir, session.practice_id), { recursive: true });
    await rename(received.tmpPath, path.join(this.filesDir, relative));
    const file = await this.uploads.recordAudio({
      practiceId: session.practice_id,
      sessionId: session.id,
      sha256: received.sha256,
      sizeBytes: received.size,
      mimeType: received.mime,
      storagePath: relative,
      originalName: meta.originalName,
      consent: { recordedBy: ctx.actor.userId, statement: meta.consentStatement, ip: ctx.origin.ip },
      requestId: ctx.origin.requestId,
    });
    await this.audit.record(ctx.actor, ctx.origin, {
      action: 'session.audio.upload',
      resourceType: 'session',
      resourceId: session.id,
      details: { sha256: received.sha256, bytes: received.size, mime: received.mime },
    });
    return { file, duplicate: false };
  }

  async discard(tmpPath: string): Promise<void> {
    await rm(tmpPath, { force: true });
  }
}
