import { z } from 'zod';
import { NOTE_FORMATS } from '../db/enums.ts';
import type { PracticeRow } from '../repositories/practice.repository.ts';
import { notFound } from './http-error.ts';
import { ADMIN, EVERYONE, authorize } from './request-context.helper.ts';
import type { ApiContainer } from './api-container.ts';
import { authErrors, type ZodApp } from './zod-app.ts';

const audioRetention = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('keep') }),
  z.object({ mode: z.literal('delete_after_transcription') }),
  z.object({ mode: z.literal('keep_days'), days: z.number().int().min(1).max(3650) }),
]);
const settings = z.object({ noteFormat: z.enum(NOTE_FORMATS).optional(), audioRetention: audioRetention.optional() });
const practiceDto = z.object({ id: z.uuid(), name: z.string(), isDemo: z.boolean(), settings });

const toDto = (p: PracticeRow): z.infer<typeof practiceDto> => ({
  id: p.id,
  name: p.name,
  isDemo: p.is_demo,
  settings: settings.parse({ noteFormat: p.settings.noteFormat, audioRetention: p.settings.audioRetention }),
});

export function registerPracticeRoutes(app: ZodApp, c: ApiContainer): void {
  app.get(
    '/api/practice',
    {
      schema: {
        tags: ['practice'],
        summary: 'Your practice and its settings',
        response: { 200: practiceDto, ...authErrors },
      },
    },
    async (req) => {
      const ctx = authorize(req, EVERYONE);
      const p = await c.repos.practices.find(ctx.actor.practiceId);
      if (!p) throw notFound('practice');
      return toDto(p);
    },
  );

  app.patch(
    '/api/practice',
    {
      schema: {
        tags: ['practice'],
        summary: 'Admin: rename the practice or change settings (note format, audio retention)',
        body: z.object({ name: z.string().trim().min(1).max(200).optional(), settings: settings.optional() }).strict(),
        response: { 200: practiceDto, ...authErrors },
      },
    },
    async (req) => {
      const ctx = authorize(req, ADMIN);
      const current = await c.repos.practices.find(ctx.actor.practiceId);
      if (!current) throw notFound('practice');
      const merged = req.body.settings ? { ...current.settings, ...req.body.settings } : undefined;
      const p = await c.repos.practices.update(ctx.actor.practiceId, {
        ...(req.body.name !== undefined ? { name: req.body.name } : {}),
        ...(merged ? { settings: merged } : {}),
      });
      await c.repos.audit.record(ctx.actor, ctx.origin, {
        action: 'practice.update',
        resourceType: 'practice',
        resourceId: p.id,
        details: { fields: Object.keys(req.body) },
      });
      // A stricter retention setting applies to the audio already stored, not only to future uploads.
      if (req.body.settings?.audioRetention) await c.queue.send('audio.retention', { requestId: String(req.id) });
      return toDto(p);
    },
  );
}
