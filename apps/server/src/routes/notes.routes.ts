import { z } from 'zod';
import { NOTE_FORMATS } from '../db/enums.ts';
import type { NoteView } from '../services/notes/note.service.ts';
import { EVERYONE, STAFF, authorize } from './request-context.helper.ts';
import type { ApiContainer } from './api-container.ts';
import { authErrors, idParams, type ZodApp } from './zod-app.ts';

const noteBody = z
  .record(
    z.string().min(1).max(60),
    z.string().max(20_000, { message: 'a note section is limited to 20,000 characters' }),
  )
  .refine((b) => Object.keys(b).length > 0 && Object.keys(b).length <= 20, { message: 'a note has 1 to 20 sections' });
const versionDto = z.object({
  version: z.number(),
  body: z.record(z.string(), z.string()),
  editedBy: z.string().nullable(),
  createdAt: z.string(),
});
const noteDto = z.object({
  id: z.uuid(),
  sessionId: z.uuid(),
  format: z.enum(NOTE_FORMATS),
  currentVersion: z.number(),
  signedAt: z.string().nullable(),
  sharedWithClientAt: z.string().nullable(),
  body: z.record(z.string(), z.string()).nullable(),
  versions: z.array(versionDto).optional(),
});

function toNoteDto(v: NoteView): z.infer<typeof noteDto> {
  return {
    id: v.note.id,
    sessionId: v.note.session_id,
    format: v.note.format,
    currentVersion: v.note.current_version,
    signedAt: v.note.signed_at?.toISOString() ?? null,
    sharedWithClientAt: v.note.shared_with_client_at?.toISOString() ?? null,
    body: v.current?.body ?? null,
    ...(v.versions ? { versions: v.versions.map((x) => ({ ...x, createdAt: x.createdAt.toISOString() })) } : {}),
  };
}

export function registerNoteRoutes(app: ZodApp, c: ApiContainer): void {
  app.get(
    '/api/sessions/:id/notes',
    {
      schema: {
        tags: ['notes'],
        summary: 'Notes of a session with their versions (clients: only notes shared with them, current text only)',
        params: idParams,
        response: { 200: z.array(noteDto), ...authErrors },
      },
    },
    async (req) => (await c.notes.list(authorize(req, EVERYONE), req.params.id)).map(toNoteDto),
  );

  app.post(
    '/api/sessions/:id/notes',
    {
      schema: {
        tags: ['notes'],
        summary: 'Create a note from a (reviewed) draft',
        params: idParams,
        body: z.object({ format: z.enum(NOTE_FORMATS), body: noteBody }).strict(),
        response: { 201: noteDto, ...authErrors },
      },
    },
    async (req, reply) =>
      reply.status(201).send(toNoteDto(await c.notes.create(authorize(req, STAFF), req.params.id, req.body))),
  );

  app.put(
    '/api/notes/:id',
    {
      schema: {
        tags: ['notes'],
        summary: 'Edit a note: stores a new version (refused once signed)',
        params: idParams,
        body: z.object({ body: noteBody }).strict(),
        response: { 200: noteDto, ...authErrors },
      },
    },
    async (req) => toNoteDto(await c.notes.edit(authorize(req, STAFF), req.params.id, req.body.body)),
  );

  app.post(
    '/api/notes/:id/sign',
    {
      schema: {
        tags: ['notes'],
        summary: 'Sign a note; it is locked afterwards',
        params: idParams,
        response: { 200: noteDto, ...authErrors },
      },
    },
    async (req) => toNoteDto(await c.notes.sign(authorize(req, STAFF), req.params.id)),
  );

  app.post(
    '/api/notes/:id/share',
    {
      schema: {
        tags: ['notes'],
        summary: 'Share (or unshare) a note with the client',
        params: idParams,
        body: z.object({ shared: z.boolean() }).strict(),
        response: { 200: noteDto, ...authErrors },
      },
    },
    async (req) => toNoteDto(await c.notes.share(authorize(req, STAFF), req.params.id, req.body.shared)),
  );
}
