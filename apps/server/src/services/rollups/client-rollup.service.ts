import type { Bridge, Journey, TreatmentPlan } from '@insession/core';
import type { RollupKind } from '../../db/enums.ts';
import type { AuditRepository } from '../../repositories/audit.repository.ts';
import type { RollupRepository, RollupVersion, RollupVersionMeta } from '../../repositories/rollup.repository.ts';
import { conflict, notFound } from '../../routes/http-error.ts';
import type { ClientService } from '../clients/client.service.ts';
import type { RequestContext } from '../request-context.ts';
import { clientFacingBridge, clientFacingJourney } from './client-facing.ts';

export interface RollupRead<T> {
  current: RollupVersion<T> | null;
  /** Newest first; empty for a client, who sees only the latest version. */
  versions: RollupVersionMeta[];
}

const NAMES: Record<RollupKind, string> = { journey: 'journey', bridge: 'bridge', treatment_plan: 'treatment plan' };

/** The label a clinician-written treatment plan version carries instead of "automated draft…". */
export const CLINICIAN_EDIT_LABEL = 'edited by the clinician';

// A client's journey, bridge and treatment plan as the clinician and the client read them. Lookups go through the
// caller's client scope first, so another caseload's client is "not found"; every read and change is audited.
export class ClientRollupService {
  constructor(
    private readonly clients: ClientService,
    private readonly rollups: RollupRepository,
    private readonly audit: AuditRepository,
  ) {}

  /** The latest (or a chosen) version and, for staff, the list of versions. */
  async read<T>(ctx: RequestContext, clientId: string, kind: RollupKind, version?: number): Promise<RollupRead<T>> {
    await this.clients.require(ctx, clientId);
    const found = (await this.rollups.find<T>(clientId, kind, version)) ?? null;
    if (version !== undefined && !found) throw notFound(`${NAMES[kind]} version`);
    const isClient = ctx.actor.role === 'client';
    const current = found && isClient ? { ...found, value: clientFacing(kind, found.value) } : found;
    const versions = isClient ? [] : await this.rollups.versions(clientId, kind);
    await this.audit.record(ctx.actor, ctx.origin, {
      action: `${kind}.read`,
      resourceType: 'client',
      resourceId: clientId,
      details: { version: current?.version ?? null },
    });
    return { current, versions };
  }

  /** Stores the clinician's edit as a new version; refused when the plan changed since `basedOn`. */
  async editPlan(
    ctx: RequestContext,
    clientId: string,
    basedOn: number,
    plan: TreatmentPlan,
  ): Promise<RollupRead<TreatmentPlan>> {
    const client = await this.clients.require(ctx, clientId);
    const version = await this.rollups.appendEdit({
      practiceId: client.practice_id,
      clientId,
      kind: 'treatment_plan',
      basedOn,
      label: CLINICIAN_EDIT_LABEL,
      value: plan,
      editedBy: ctx.actor.userId,
    });
    if (version === undefined) {
      throw conflict(`the treatment plan has changed since version ${basedOn}; reload it and edit the newest version`);
    }
    await this.audit.record(ctx.actor, ctx.origin, {
      action: 'treatment_plan.edit',
      resourceType: 'client',
      resourceId: clientId,
      details: { version },
    });
    return this.fresh(clientId);
  }

  /** Approves the newest version; an older one (the job regenerated it meanwhile) cannot be approved. */
  async approvePlan(ctx: RequestContext, clientId: string, version: number): Promise<RollupRead<TreatmentPlan>> {
    await this.clients.require(ctx, clientId);
    const latest = await this.rollups.find<TreatmentPlan>(clientId, 'treatment_plan');
    if (!latest) throw notFound('treatment plan');
    if (latest.version !== version) {
      throw conflict(`version ${version} is not the newest (${latest.version}); review the newest version`);
    }
    if (!(await this.rollups.approve(clientId, 'treatment_plan', version, ctx.actor.userId))) {
      throw conflict(`version ${version} is already approved`);
    }
    await this.audit.record(ctx.actor, ctx.origin, {
      action: 'treatment_plan.approve',
      resourceType: 'client',
      resourceId: clientId,
      details: { version },
    });
    return this.fresh(clientId);
  }

  private async fresh(clientId: string): Promise<RollupRead<TreatmentPlan>> {
    return {
      current: (await this.rollups.find<TreatmentPlan>(clientId, 'treatment_plan')) ?? null,
      versions: await this.rollups.versions(clientId, 'treatment_plan'),
    };
  }
}

/** What a client may read of a rollup (routes let clients read only the journey and the bridge). */
function clientFacing<T>(kind: RollupKind, value: T): T {
  if (kind === 'journey') return clientFacingJourney(value as Journey) as T;
  if (kind === 'bridge') return clientFacingBridge(value as Bridge) as T;
  return value;
}
