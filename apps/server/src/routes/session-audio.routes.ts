import { createReadStream } from 'node:fs';
import { z } from 'zod';
import { errorDto } from '../services/dto.ts';
import { STAFF, authorize } from './request-context.helper.ts';
import type { ApiContainer } from './api-container.ts';
import { authErrors, idParams, type ZodApp } from './zod-app.ts';

// Typed `any`: the body is a file stream, which Fastify sends as it is (no serializer runs for streams).
const audioBytes = z.any().describe('the recording bytes, in the type it was stored as (audio/wav, audio/mpeg, …)');

export function registerSessionAudioRoutes(app: ZodApp, c: ApiContainer): void {
  app.get(
    '/api/sessions/:id/audio',
    {
      schema: {
        tags: ['sessions'],
        summary:
          'Stream the stored recording (clinicians and admins). Supports `Range: bytes=…` (206) so players can seek; ' +
          "404 once the practice's retention setting has deleted it.",
        params: idParams,
        headers: z.object({ range: z.string().max(200).optional() }).loose(),
        response: { 200: audioBytes, 206: audioBytes, ...authErrors, 416: errorDto },
      },
    },
    async (req, reply) => {
      const ctx = authorize(req, STAFF);
      const rec = await c.sessionAudio.open(ctx, req.params.id, req.headers.range);
      if (rec.range === 'unsatisfiable') {
        return reply
          .status(416)
          .header('content-range', `bytes */${rec.sizeBytes}`)
          .send({ error: 'range_not_satisfiable', message: 'the requested range lies outside the recording' });
      }
      void reply
        .header('content-type', rec.mimeType)
        .header('accept-ranges', 'bytes')
        // Clinical audio: never kept by shared caches or on disk by the browser.
        .header('cache-control', 'private, no-store');
      if (rec.range === undefined) {
        return reply.status(200).header('content-length', rec.sizeBytes).send(createReadStream(rec.absolutePath));
      }
      const { start, end } = rec.range;
      return reply
        .status(206)
        .header('content-range', `bytes ${start}-${end}/${rec.sizeBytes}`)
        .header('content-length', end - start + 1)
        .send(createReadStream(rec.absolutePath, { start, end }));
    },
  );
}
