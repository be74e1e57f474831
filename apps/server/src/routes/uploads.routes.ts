import { z } from 'zod';
import type { MultipartFile } from '@fastify/multipart';
import { DEFAULT_MAX_TRANSCRIPT_BYTES } from '@insession/core';
import { HttpError, badRequest } from './http-error.ts';
import { STAFF, authorize } from './request-context.helper.ts';
import type { ApiContainer } from './api-container.ts';
import { authErrors, idParams, type ZodApp } from './zod-app.ts';
import { errorDto } from '../services/dto.ts';

const uploadErrors = { ...authErrors, 413: errorDto, 415: errorDto };
const CONSENT_DEFAULT = 'The client consented to this session being recorded and analysed.';

export function registerUploadRoutes(app: ZodApp, c: ApiContainer, uploadRateLimit: object): void {
  const maxAudio = c.config.UPLOAD_MAX_MB * 1024 * 1024;

  app.post(
    '/api/sessions/:id/audio',
    {
      config: { rateLimit: uploadRateLimit },
      schema: {
        tags: ['uploads'],
        summary:
          'Upload the recording (multipart: fields `consent`="true" and optional `consentStatement` before the `file` part). ' +
          'Retrying with the same bytes is safe: it returns the stored file.',
        params: idParams,
        consumes: ['multipart/form-data'],
        response: {
          201: z.object({
            fileId: z.uuid(),
            sha256: z.string(),
            sizeBytes: z.number(),
            mimeType: z.string(),
            duplicate: z.boolean(),
          }),
          200: z.object({
            fileId: z.uuid(),
            sha256: z.string(),
            sizeBytes: z.number(),
            mimeType: z.string(),
            duplicate: z.boolean(),
          }),
          ...uploadErrors,
        },
      },
    },
    async (req, reply) => {
      const ctx = authorize(req, STAFF);
      const session = await c.sessions.require(ctx, req.params.id);
      if (!req.isMultipart())
        throw new HttpError(415, 'multipart_required', 'send the recording as multipart/form-data');
      const fields: Record<string, string> = {};
      let received: Awaited<ReturnType<typeof c.audioUploads.receive>> | undefined;
      let originalName: string | null = null;
      try {
        for await (const part of req.parts({ limits: { fileSize: maxAudio, files: 1, fields: 4, fieldSize: 2000 } })) {
          if (part.type === 'field') {
            fields[part.fieldname] = String(part.value);
          } else if (!received) {
            originalName = part.filename.slice(0, 255) || null;
            received = await c.audioUploads.receive(part.file);
            if ((part as MultipartFile).file.truncated) throw tooLarge(c.config.UPLOAD_MAX_MB);
          } else {
            part.file.resume();
          }
        }
        if (!received) throw badRequest('no file part in the upload', 'file_missing');
        if (fields['consent'] !== 'true') {
          throw badRequest('recording consent is required: send the field consent=true', 'consent_required');
        }
        const statement = (fields['consentStatement'] ?? CONSENT_DEFAULT).slice(0, 1000);
        const result = await c.audioUploads.commit(ctx, session, received, {
          originalName,
          consentStatement: statement,
        });
        received = undefined;
        const { file } = result;
        return reply.status(result.duplicate ? 200 : 201).send({
          fileId: file.id,
          sha256: file.sha256,
          sizeBytes: file.size_bytes,
          mimeType: file.mime_type,
          duplicate: result.duplicate,
        });
      } catch (err) {
        if (received) await c.audioUploads.discard(received.tmpPath);
        if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge(c.config.UPLOAD_MAX_MB);
        throw err;
      }
    },
  );

  app.post(
    '/api/sessions/:id/transcript',
    {
      config: { rateLimit: uploadRateLimit },
      schema: {
        tags: ['uploads'],
        summary: 'Upload a transcript file (JSON, text, WebVTT, SRT, DOCX, PDF) as multipart `file`',
        params: idParams,
        consumes: ['multipart/form-data'],
        response: {
          201: z.object({
            segments: z.number(),
            speakers: z.number(),
            format: z.string(),
            timesEstimated: z.boolean(),
          }),
          ...uploadErrors,
        },
      },
    },
    async (req, reply) => {
      const ctx = authorize(req, STAFF);
      const session = await c.sessions.require(ctx, req.params.id);
      if (!req.isMultipart())
        throw new HttpError(415, 'multipart_required', 'send the transcript as multipart/form-data');
      let file: MultipartFile | undefined;
      try {
        file = await req.file({ limits: { fileSize: DEFAULT_MAX_TRANSCRIPT_BYTES, files: 1 } });
      } catch (err) {
        if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
          throw tooLarge(DEFAULT_MAX_TRANSCRIPT_BYTES / 1024 / 1024);
        throw err;
      }
      if (!file) throw badRequest('no file part in the upload', 'file_missing');
      let bytes: Buffer;
      try {
        bytes = await file.toBuffer();
      } catch (err) {
        if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
          throw tooLarge(DEFAULT_MAX_TRANSCRIPT_BYTES / 1024 / 1024);
        throw err;
      }
      const t = await c.transcriptUploads.upload(ctx, session, {
        bytes,
        filename: file.filename || 'transcript',
        mimeType: file.mimetype,
      });
      return reply.status(201).send({
        segments: t.segments.length,
        speakers: t.speakers.length,
        format: t.format,
        timesEstimated: t.timesEstimated,
      });
    },
  );
}

function tooLarge(limitMb: number): HttpError {
  return new HttpError(413, 'too_large', `the file is larger than the ${limitMb} MB limit`);
}
