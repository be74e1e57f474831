import type { AuditRepository } from '../../repositories/audit.repository.ts';
import type { ClientRepository } from '../../repositories/client.repository.ts';
import { notFound } from '../../routes/http-error.ts';
import type { RequestContext } from '../request-context.ts';
import type { SessionService } from '../sessions/session.service.ts';
import type { ExportDocument } from './export-document.ts';
import type { SessionExportLoader } from './session-export.loader.ts';
import { buildSessionPart } from './session-part.ts';

// One session as a document to download or print. Clinicians and admins get the whole record (analyses, notes,
// transcript); a client gets only the client-facing parts of their own session, never a clinical note.
export class SessionExportService {
  constructor(
    private readonly sessions: SessionService,
    private readonly clients: ClientRepository,
    private readonly loader: SessionExportLoader,
    private readonly audit: AuditRepository,
  ) {}

  async document(ctx: RequestContext, sessionId: string): Promise<ExportDocument> {
    const session = await this.sessions.require(ctx, sessionId);
    const client = await this.clients.findVisible(ctx.actor, session.client_id);
    if (!client) throw notFound('session');
    const audience = ctx.actor.role === 'client' ? 'client' : 'clinician';
    const { input, kinds } = await this.loader.load(session, client.name, audience);
    await this.audit.record(ctx.actor, ctx.origin, {
      action: 'session.export',
      resourceType: 'session',
      resourceId: sessionId,
      details: { audience, kinds, notes: input.notes.length },
    });
    const part = buildSessionPart(input);
    return {
      title: `${part.title} - ${part.subtitle}`,
      filename: `session-${session.session_date}.pdf`,
      parts: [part],
    };
  }
}
