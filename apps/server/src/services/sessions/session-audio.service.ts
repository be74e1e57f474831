import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { AuditRepository } from '../../repositories/audit.repository.ts';
import type { UploadRepository } from '../../repositories/upload.repository.ts';
import { HttpError, notFound } from '../../routes/http-error.ts';
import { parseByteRange, type ByteRange } from '../../routes/byte-range.ts';
import type { RequestContext } from '../request-context.ts';
import type { SessionService } from './session.service.ts';

export interface StoredRecording {
  absolutePath: string;
  mimeType: string;
  sizeBytes: number;
}

// Playback of a session's stored recording. Every request is audited, ranged ones included: a player that only
// ever asks for ranges must not be a way to listen unrecorded.
export class SessionAudioService {
  constructor(
    private readonly sessions: SessionService,
    private readonly uploads: UploadRepository,
    private readonly audit: AuditRepository,
    private readonly filesDir: string,
  ) {}

  /** Finds the recording on disk and resolves the HTTP Range header against it (undefined: the whole file). */
  async open(
    ctx: RequestContext,
    sessionId: string,
    rangeHeader: string | undefined,
  ): Promise<StoredRecording & { range: ByteRange | 'unsatisfiable' | undefined }> {
    await this.sessions.require(ctx, sessionId);
    const file = await this.uploads.latestAudio(sessionId);
    if (!file) throw notFound('recording');
    if (file.deleted_at) {
      throw new HttpError(404, 'recording_deleted', "the recording was deleted under the practice's retention setting");
    }
    const absolutePath = path.resolve(this.filesDir, file.storage_path);
    const onDisk = await stat(absolutePath).catch(() => undefined);
    if (!onDisk) throw notFound('recording');
    const range = parseByteRange(rangeHeader, onDisk.size);
    await this.audit.record(ctx.actor, ctx.origin, {
      action: 'audio.read',
      resourceType: 'session',
      resourceId: sessionId,
      details: {
        fileId: file.id,
        range: range === undefined ? 'all' : range === 'unsatisfiable' ? range : `${range.start}-${range.end}`,
      },
    });
    return { absolutePath, mimeType: file.mime_type, sizeBytes: onDisk.size, range };
  }
}
