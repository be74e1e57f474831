import type { AuditRepository } from '../../repositories/audit.repository.ts';
import type { QuestionnaireRepository } from '../../repositories/questionnaire.repository.ts';
import type { SessionRepository } from '../../repositories/session.repository.ts';
import type { UserRepository } from '../../repositories/user.repository.ts';
import type { ClientService } from '../clients/client.service.ts';
import type { RequestContext } from '../request-context.ts';
import { buildClientExportDocument, type ClientExportInput } from './client-export-document.ts';
import type { ExportDocument } from './export-document.ts';
import type { SessionExportLoader } from './session-export.loader.ts';

// The client's record as a printable PDF for staff (the JSON export's readable twin): every session's clinician
// content with all note versions, questionnaires and risk flags. One audit row names the sessions it contains.
export class ClientPdfExportService {
  constructor(
    private readonly clients: ClientService,
    private readonly sessions: SessionRepository,
    private readonly loader: SessionExportLoader,
    private readonly questionnaires: QuestionnaireRepository,
    private readonly users: UserRepository,
    private readonly audit: AuditRepository,
  ) {}

  async document(ctx: RequestContext, clientId: string): Promise<ExportDocument> {
    const client = await this.clients.require(ctx, clientId);
    const rows = (await this.sessions.listVisible(ctx.actor, { clientId, limit: 100_000 })).reverse();
    const sessions: ClientExportInput['sessions'] = [];
    for (const s of rows) {
      const { input } = await this.loader.load(s, client.name, 'clinician', true);
      sessions.push({ status: s.status, sourceKind: s.source_kind, content: input });
    }
    await this.audit.record(ctx.actor, ctx.origin, {
      action: 'client.export',
      resourceType: 'client',
      resourceId: clientId,
      details: { format: 'pdf', sessions: rows.map((s) => s.id) },
    });
    return buildClientExportDocument({
      client: {
        id: client.id,
        name: client.name,
        createdAt: client.created_at,
        archivedAt: client.archived_at,
        hasLogin: client.user_id !== null,
      },
      clinicianName: (await this.users.findById(client.clinician_id))?.name ?? 'unknown',
      exportedBy: (await this.users.findById(ctx.actor.userId))?.name ?? 'unknown',
      exportedAt: new Date(),
      sessions,
      questionnaires: (await this.questionnaires.listForClient(clientId)).map((q) => ({
        kind: q.kind,
        total: q.total,
        severity: q.severity,
        createdAt: q.created_at,
      })),
      riskFlags: (await this.questionnaires.riskFlags(clientId)).map((f) => ({
        detail: f.detail,
        createdAt: f.created_at,
        acknowledgedAt: f.acknowledged_at,
      })),
    });
  }
}
