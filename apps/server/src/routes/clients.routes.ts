import { z } from 'zod';
import { clientDto, toClientDto } from '../services/dto.ts';
import { renderExportPdf } from '../services/export/export.pdf.ts';
import { EVERYONE, STAFF, authorize } from './request-context.helper.ts';
import type { ApiContainer } from './api-container.ts';
import { authErrors, idParams, type ZodApp } from './zod-app.ts';

const name = z.string().trim().min(1, { message: 'name is required' }).max(200, { message: 'name is too long' });

export function registerClientRoutes(app: ZodApp, c: ApiContainer): void {
  app.get(
    '/api/clients',
    {
      schema: {
        tags: ['clients'],
        summary: 'Clients visible to you (admins: the practice; clinicians: your caseload; clients: yourself)',
        querystring: z.object({ archived: z.enum(['true', 'false']).default('false') }),
        response: { 200: z.array(clientDto), ...authErrors },
      },
    },
    async (req) => {
      const ctx = authorize(req, EVERYONE);
      return (await c.clients.list(ctx, req.query.archived === 'true')).map(toClientDto);
    },
  );

  app.post(
    '/api/clients',
    {
      schema: {
        tags: ['clients'],
        summary: 'Add a client (to your caseload, or an admin may assign a clinician)',
        body: z.object({ name, clinicianId: z.uuid().optional() }).strict(),
        response: { 201: clientDto, ...authErrors },
      },
    },
    async (req, reply) => {
      const ctx = authorize(req, STAFF);
      return reply.status(201).send(toClientDto(await c.clients.create(ctx, req.body)));
    },
  );

  app.get(
    '/api/clients/:id',
    {
      schema: {
        tags: ['clients'],
        summary: 'One client',
        params: idParams,
        response: { 200: clientDto, ...authErrors },
      },
    },
    async (req) => toClientDto(await c.clients.get(authorize(req, EVERYONE), req.params.id)),
  );

  app.patch(
    '/api/clients/:id',
    {
      schema: {
        tags: ['clients'],
        summary: 'Rename or reassign a client',
        params: idParams,
        body: z
          .object({ name: name.optional(), clinicianId: z.uuid().optional() })
          .strict()
          .refine((b) => b.name !== undefined || b.clinicianId !== undefined, { message: 'nothing to change' }),
        response: { 200: clientDto, ...authErrors },
      },
    },
    async (req) => toClientDto(await c.clients.update(authorize(req, STAFF), req.params.id, req.body)),
  );

  app.post(
    '/api/clients/:id/archive',
    {
      schema: {
        tags: ['clients'],
        summary: 'Archive (or with archived=false, restore) a client',
        params: idParams,
        body: z
          .object({ archived: z.boolean().default(true) })
          .strict()
          .default({ archived: true }),
        response: { 200: clientDto, ...authErrors },
      },
    },
    async (req) => toClientDto(await c.clients.setArchived(authorize(req, STAFF), req.params.id, req.body.archived)),
  );

  app.delete(
    '/api/clients/:id',
    {
      schema: {
        tags: ['clients'],
        summary: 'Erase a client: deletes all their data and stored files (audit rows stay)',
        params: idParams,
        response: { 204: z.null(), ...authErrors },
      },
    },
    async (req, reply) => {
      await c.clients.erase(authorize(req, STAFF), req.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/clients/:id/export',
    {
      schema: {
        tags: ['clients'],
        summary:
          "Export everything stored about a client (the client's right of access): JSON by default; with format=pdf, " +
          'a printable record (cover, each session with analyses, note versions, homework and transcript, questionnaires)',
        params: idParams,
        querystring: z.object({ format: z.enum(['json', 'pdf']).default('json') }).strict(),
        // `any`: one 200 is either a JSON record or the PDF buffer (sent as it is), and OpenAPI here allows one type.
        response: {
          200: z.any().describe('application/json record, or application/pdf with format=pdf'),
          ...authErrors,
        },
      },
    },
    async (req, reply) => {
      const ctx = authorize(req, STAFF);
      void reply.header('cache-control', 'private, no-store');
      if (req.query.format === 'pdf') {
        const doc = await c.clientPdfExports.document(ctx, req.params.id);
        return reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', `attachment; filename="${doc.filename}"`)
          .send(await renderExportPdf(doc));
      }
      const data = await c.exports.exportClient(ctx, req.params.id);
      void reply.header('content-disposition', `attachment; filename="client-${req.params.id}.json"`);
      return data;
    },
  );
}
