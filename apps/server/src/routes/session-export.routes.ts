import { z } from 'zod';
import { renderExportPdf } from '../services/export/export.pdf.ts';
import { EVERYONE, authorize } from './request-context.helper.ts';
import type { ApiContainer } from './api-container.ts';
import { authErrors, idParams, type ZodApp } from './zod-app.ts';

export function registerSessionExportRoutes(app: ZodApp, c: ApiContainer): void {
  app.get(
    '/api/sessions/:id/export',
    {
      schema: {
        tags: ['sessions'],
        summary:
          'Download the session as a PDF. Clinicians and admins get analyses, homework, narrative, clinical notes and ' +
          'the transcript; a client gets the client-facing parts of their own session only (no clinical note).',
        params: idParams,
        // `any`: the body is the PDF buffer, sent as it is.
        response: { 200: z.any().describe('application/pdf'), ...authErrors },
      },
    },
    async (req, reply) => {
      const ctx = authorize(req, EVERYONE);
      const doc = await c.sessionExports.document(ctx, req.params.id);
      const pdf = await renderExportPdf(doc);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="${doc.filename}"`)
        .header('cache-control', 'private, no-store')
        .send(pdf);
    },
  );
}
