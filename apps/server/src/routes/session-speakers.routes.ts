import { speakerRoles } from '@insession/core';
import { z } from 'zod';
import { STAFF, authorize } from './request-context.helper.ts';
import type { ApiContainer } from './api-container.ts';
import { authErrors, idParams, type ZodApp } from './zod-app.ts';

const speakerDto = z.object({
  id: z.string(),
  role: z.enum(speakerRoles),
  roleConfidence: z.number(),
  talkSeconds: z.number(),
  words: z.number(),
});
const correctionDto = z.object({ speakers: z.array(speakerDto), queued: z.boolean() });

export function registerSessionSpeakerRoutes(app: ZodApp, c: ApiContainer): void {
  app.patch(
    '/api/sessions/:id/speakers',
    {
      schema: {
        tags: ['sessions'],
        summary:
          "Correct a speaker's role. With two speakers, giving one the other's role swaps them. The correction is " +
          'stored in the transcript and the analysis re-runs from Wave 1 (202); an unchanged role changes nothing (200).',
        params: idParams,
        body: z
          .object({
            speaker: z.string().min(1).max(200),
            role: z.enum(speakerRoles, { message: `role must be one of: ${speakerRoles.join(', ')}` }),
          })
          .strict(),
        response: { 200: correctionDto, 202: correctionDto, ...authErrors },
      },
    },
    async (req, reply) => {
      const result = await c.speakerRoles.correct(authorize(req, STAFF), req.params.id, req.body);
      return reply.status(result.queued ? 202 : 200).send(result);
    },
  );
}
