import { TranscriptError, parseTranscript } from '@insession/core';
import type { Transcript, TranscriptErrorCode } from '@insession/core';
import type { AuditRepository } from '../../repositories/audit.repository.ts';
import type { SessionRow } from '../../repositories/session.repository.ts';
import type { UploadRepository } from '../../repositories/upload.repository.ts';
import { HttpError, conflict } from '../../routes/http-error.ts';
import type { RequestContext } from '../request-context.ts';

const STATUS: Record<TranscriptErrorCode, number> = {
  empty: 400,
  one_speaker: 400,
  no_text: 400,
  unreadable: 400,
  too_large: 413,
  unsupported_type: 415,
};

/** Parses an uploaded transcript file, stores it (encrypted) and starts analysis. */
export class TranscriptUploadService {
  constructor(
    private readonly uploads: UploadRepository,
    private readonly audit: AuditRepository,
  ) {}

  async upload(
    ctx: RequestContext,
    session: SessionRow,
    file: { bytes: Uint8Array; filename: string; mimeType: string },
  ): Promise<Transcript> {
    if (session.status !== 'draft' && session.status !== 'failed') {
      throw conflict(`the session is already ${session.status}`);
    }
    let transcript: Transcript;
    try {
      transcript = await parseTranscript(file);
    } catch (err) {
      if (err instanceof TranscriptError) throw new HttpError(STATUS[err.code], err.code, err.message);
      throw err;
    }
    await this.uploads.recordTranscript({
      practiceId: session.practice_id,
      sessionId: session.id,
      format: transcript.format,
      filename: transcript.filename,
      timesEstimated: transcript.timesEstimated,
      segments: transcript.segments,
      speakers: transcript.speakers,
      requestId: ctx.origin.requestId,
    });
    await this.audit.record(ctx.actor, ctx.origin, {
      action: 'session.transcript.upload',
      resourceType: 'session',
      resourceId: session.id,
      details: { format: transcript.format, segments: transcript.segments.length },
    });
    return transcript;
  }
}
