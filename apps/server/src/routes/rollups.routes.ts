import { bridgeSchema, journeySchema, treatmentPlanSchema } from '@insession/core';
import { z } from 'zod';
import type { RollupKind } from '../db/enums.ts';
import type { RollupVersion, RollupVersionMeta } from '../repositories/rollup.repository.ts';
import type { RollupRead } from '../services/rollups/client-rollup.service.ts';
import { forbidden } from './http-error.ts';
import { EVERYONE, STAFF, authorize } from './request-context.helper.ts';
import type { ApiContainer } from './api-container.ts';
import { authErrors, idParams, type ZodApp } from './zod-app.ts';

const iso = z.string().describe('ISO 8601 timestamp');
const versionMeta = z.object({
  version: z.number().int(),
  provider: z.string().describe('`heuristic`, `openai:<model>`, `llama:<file>` or `clinician`'),
  promptVersion: z.string().nullable(),
  editedBy: z.uuid().nullable(),
  approvedAt: iso.nullable(),
  approvedBy: z.uuid().nullable(),
  createdAt: iso,
});
const versionQuery = z.object({
  version: z.coerce.number().int({ message: 'version must be a whole number' }).min(1).optional(),
});
const versionNumber = z.number().int().min(1);

/** `current` is the requested (default: newest) version; clients get the newest only and no version list. */
function readDto<S extends z.ZodType>(value: S) {
  return z.object({
    current: z.object({ version: z.number().int(), label: z.string(), createdAt: iso, value }).nullable(),
    versions: z.array(versionMeta),
  });
}
const planDto = readDto(treatmentPlanSchema).extend({
  current: z
    .object({
      version: z.number().int(),
      label: z.string(),
      createdAt: iso,
      provider: z.string(),
      editedBy: z.uuid().nullable(),
      approvedAt: iso.nullable(),
      approvedBy: z.uuid().nullable(),
      value: treatmentPlanSchema,
    })
    .nullable(),
  approvedVersion: z.number().int().nullable().describe('The newest approved version, if any'),
});

/** A plan whose goals point at its own problems and whose interventions point at its own goals. */
const planBody = treatmentPlanSchema.superRefine((plan, ctx) => {
  const problems = new Set(plan.problems.map((p) => p.id));
  const goals = new Set(plan.goals.map((g) => g.id));
  for (const g of plan.goals)
    if (!problems.has(g.problemId))
      ctx.addIssue({ code: 'custom', message: `goal ${g.id} refers to a missing problem ${g.problemId}` });
  for (const i of plan.interventions)
    for (const id of i.goalIds)
      if (!goals.has(id))
        ctx.addIssue({ code: 'custom', message: `intervention "${i.name}" refers to a missing goal ${id}` });
});

const isoOrNull = (d: Date | null) => d?.toISOString() ?? null;
const metaDto = (m: RollupVersionMeta): z.infer<typeof versionMeta> => ({
  version: m.version,
  provider: m.provider,
  promptVersion: m.promptVersion,
  editedBy: m.editedBy,
  approvedAt: isoOrNull(m.approvedAt),
  approvedBy: m.approvedBy,
  createdAt: m.createdAt.toISOString(),
});
const currentDto = <T>(v: RollupVersion<T>) => ({
  version: v.version,
  label: v.label,
  createdAt: v.createdAt.toISOString(),
  value: v.value,
});
const toReadDto = <T>(r: RollupRead<T>) => ({
  current: r.current ? currentDto(r.current) : null,
  versions: r.versions.map(metaDto),
});
const toPlanDto = <T>(r: RollupRead<T>) => ({
  current: r.current
    ? {
        ...currentDto(r.current),
        provider: r.current.provider,
        editedBy: r.current.editedBy,
        approvedAt: isoOrNull(r.current.approvedAt),
        approvedBy: r.current.approvedBy,
      }
    : null,
  versions: r.versions.map(metaDto),
  approvedVersion: r.versions.find((v) => v.approvedAt !== null)?.version ?? null,
});

export function registerRollupRoutes(app: ZodApp, c: ApiContainer): void {
  const clientFacing = (kind: RollupKind, path: string, schema: z.ZodType, summary: string) =>
    app.get(
      path,
      {
        schema: {
          tags: ['rollups'],
          summary,
          params: idParams,
          querystring: versionQuery,
          response: { 200: readDto(schema), ...authErrors },
        },
      },
      async (req) => {
        const ctx = authorize(req, EVERYONE);
        if (ctx.actor.role === 'client' && req.query.version !== undefined)
          throw forbidden('earlier versions are for your clinician');
        return toReadDto(await c.rollups.read(ctx, req.params.id, kind, req.query.version));
      },
    );
  clientFacing(
    'journey',
    '/api/clients/:id/journey',
    journeySchema,
    "A client's journey (newest or `?version=`; staff also get the version list; a client only their own, newest)",
  );
  clientFacing(
    'bridge',
    '/api/clients/:id/bridge',
    bridgeSchema,
    'What a client may share with their support network (first person, non-clinical; versioned like the journey)',
  );

  app.get(
    '/api/clients/:id/treatment-plan',
    {
      schema: {
        tags: ['rollups'],
        summary: "Staff: a client's treatment plan (newest or `?version=`), its versions and the approved one",
        params: idParams,
        querystring: versionQuery,
        response: { 200: planDto, ...authErrors },
      },
    },
    async (req) =>
      toPlanDto(await c.rollups.read(authorize(req, STAFF), req.params.id, 'treatment_plan', req.query.version)),
  );

  app.put(
    '/api/clients/:id/treatment-plan',
    {
      schema: {
        tags: ['rollups'],
        summary:
          'Staff: edit the treatment plan; stores a new version. `basedOnVersion` must be the newest version (409 otherwise)',
        params: idParams,
        body: z.object({ basedOnVersion: versionNumber, plan: planBody }).strict(),
        response: { 200: planDto, ...authErrors },
      },
    },
    async (req) =>
      toPlanDto(await c.rollups.editPlan(authorize(req, STAFF), req.params.id, req.body.basedOnVersion, req.body.plan)),
  );

  app.post(
    '/api/clients/:id/treatment-plan/approve',
    {
      schema: {
        tags: ['rollups'],
        summary: 'Staff: approve the newest treatment plan version (409 when a newer one exists or it is approved)',
        params: idParams,
        body: z.object({ version: versionNumber }).strict(),
        response: { 200: planDto, ...authErrors },
      },
    },
    async (req) => toPlanDto(await c.rollups.approvePlan(authorize(req, STAFF), req.params.id, req.body.version)),
  );
}
