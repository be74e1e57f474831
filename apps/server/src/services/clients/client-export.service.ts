import type { AuditRepository } from '../../repositories/audit.repository.ts';
import type { ClinicalContentRepository } from '../../repositories/clinical-content.repository.ts';
import type { HomeworkRepository } from '../../repositories/homework.repository.ts';
import type { NoteRepository } from '../../repositories/note.repository.ts';
import type { QuestionnaireRepository } from '../../repositories/questionnaire.repository.ts';
import type { SessionRepository } from '../../repositories/session.repository.ts';
import { toClientDto, toSessionDto } from '../dto.ts';
import type { RequestContext } from '../request-context.ts';
import type { ClientService } from './client.service.ts';

/** Everything stored about one client, decrypted, as one JSON document (right of access / portability). */
export class ClientExportService {
  constructor(
    private readonly clients: ClientService,
    private readonly sessions: SessionRepository,
    private readonly content: ClinicalContentRepository,
    private readonly notes: NoteRepository,
    private readonly homework: HomeworkRepository,
    private readonly questionnaires: QuestionnaireRepository,
    private readonly audit: AuditRepository,
  ) {}

  async exportClient(ctx: RequestContext, clientId: string): Promise<Record<string, unknown>> {
    const client = await this.clients.require(ctx, clientId);
    await this.audit.record(ctx.actor, ctx.origin, {
      action: 'client.export',
      resourceType: 'client',
      resourceId: clientId,
      details: { format: 'json' },
    });
    const sessions = await this.sessions.listVisible(ctx.actor, { clientId, limit: 100_000 });
    const sessionDocs = [];
    for (const s of sessions) {
      const notes = [];
      for (const n of await this.notes.listForSession(s.id)) {
        notes.push({ id: n.id, format: n.format, signedAt: n.signed_at, versions: await this.notes.versions(n.id) });
      }
      sessionDocs.push({
        ...toSessionDto(s),
        transcript: (await this.content.transcript(s.id)) ?? null,
        analyses: await this.content.analyses(s.id),
        notes,
        homework: await this.homework.listForSession(s.id),
      });
    }
    return {
      exportedAt: new Date().toISOString(),
      client: toClientDto(client),
      sessions: sessionDocs,
      rollups: await this.content.latestRollups(clientId),
      questionnaires: await this.questionnaires.listForClient(clientId),
      riskFlags: await this.questionnaires.riskFlags(clientId),
    };
  }
}
