import type { AuditRepository } from '../../repositories/audit.repository.ts';
import type { ClientRepository, ClientRow } from '../../repositories/client.repository.ts';
import { forbidden, badRequest, notFound } from '../../routes/http-error.ts';
import type { RequestContext } from '../request-context.ts';
import type { StoredFiles } from '../storage/stored-files.ts';

// Clients (the people in therapy). Lookups go through the caller's scope, so another clinician's or another
// practice's client is "not found", and every read and change is audited.
export class ClientService {
  constructor(
    private readonly clients: ClientRepository,
    private readonly audit: AuditRepository,
    private readonly files: StoredFiles,
  ) {}

  async list(ctx: RequestContext, includeArchived: boolean): Promise<ClientRow[]> {
    const rows = await this.clients.listVisible(ctx.actor, includeArchived);
    await this.audit.record(ctx.actor, ctx.origin, { action: 'client.list', resourceType: 'client', resourceId: null });
    return rows;
  }

  /** The client if visible to the caller; audited as a read. */
  async get(ctx: RequestContext, id: string, action = 'client.read'): Promise<ClientRow> {
    const row = await this.require(ctx, id);
    await this.audit.record(ctx.actor, ctx.origin, { action, resourceType: 'client', resourceId: id });
    return row;
  }

  /** Scope check without an audit row (callers audit the specific action). */
  async require(ctx: RequestContext, id: string): Promise<ClientRow> {
    const row = await this.clients.findVisible(ctx.actor, id);
    if (!row) throw notFound('client');
    return row;
  }

  async create(ctx: RequestContext, input: { name: string; clinicianId?: string | undefined }): Promise<ClientRow> {
    const clinicianId = await this.assignee(ctx, input.clinicianId);
    const row = await this.clients.insert({ practiceId: ctx.actor.practiceId, clinicianId, name: input.name });
    await this.audit.record(ctx.actor, ctx.origin, {
      action: 'client.create',
      resourceType: 'client',
      resourceId: row.id,
    });
    return row;
  }

  async update(
    ctx: RequestContext,
    id: string,
    input: { name?: string | undefined; clinicianId?: string | undefined },
  ) {
    await this.require(ctx, id);
    const patch: { name?: string; clinician_id?: string } = {};
    if (input.name !== undefined) patch.name = input.name;
    if (input.clinicianId !== undefined) patch.clinician_id = await this.assignee(ctx, input.clinicianId);
    const row = await this.clients.update(id, patch);
    await this.audit.record(ctx.actor, ctx.origin, {
      action: 'client.update',
      resourceType: 'client',
      resourceId: id,
      details: { fields: Object.keys(patch) },
    });
    return row;
  }

  async setArchived(ctx: RequestContext, id: string, archived: boolean): Promise<ClientRow> {
    await this.require(ctx, id);
    const row = await this.clients.setArchived(id, archived ? new Date() : null);
    const action = archived ? 'client.archive' : 'client.unarchive';
    await this.audit.record(ctx.actor, ctx.origin, { action, resourceType: 'client', resourceId: id });
    return row;
  }

  /**
   * Deletes every row and stored file of the client: recordings (unless another client's session holds the same
   * bytes) and transcription checkpoints. The audit row is written first and survives.
   */
  async erase(ctx: RequestContext, id: string): Promise<void> {
    const row = await this.require(ctx, id);
    const stored = await this.clients.storedFiles(id);
    await this.audit.record(ctx.actor, ctx.origin, {
      action: 'client.erase',
      resourceType: 'client',
      resourceId: id,
      details: { files: stored.paths.length, sessions: stored.sessionIds.length },
    });
    await this.clients.erase(row);
    await this.files.removeUnreferenced(row.practice_id, stored.paths);
    await this.files.removeCheckpoints(stored.sessionIds);
  }

  /** Admins may assign any clinician of the practice; clinicians create clients on their own caseload. */
  private async assignee(ctx: RequestContext, clinicianId: string | undefined): Promise<string> {
    const { actor } = ctx;
    if (actor.role === 'client') throw forbidden();
    if (clinicianId === undefined || clinicianId === actor.userId) return actor.userId;
    if (actor.role !== 'admin') throw forbidden('only an admin can assign a client to another clinician');
    if (!(await this.clients.isStaff(actor.practiceId, clinicianId)))
      throw badRequest('clinicianId is not a clinician of this practice');
    return clinicianId;
  }
}
