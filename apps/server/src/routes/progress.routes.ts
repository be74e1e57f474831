import { z } from 'zod';
import { QUESTIONNAIRE_KINDS, answersSchema } from '../questionnaires/questionnaire.scoring.ts';
import { badRequest } from './http-error.ts';
import { EVERYONE, STAFF, authorize } from './request-context.helper.ts';
import type { ApiContainer } from './api-container.ts';
import { authErrors, idParams, type ZodApp } from './zod-app.ts';

const direction = z.enum(['improving', 'worsening', 'stable', 'insufficient-data']);
const questionnaireTrend = z.object({
  kind: z.enum(QUESTIONNAIRE_KINDS),
  points: z.array(z.object({ at: z.string(), total: z.number(), severity: z.string() })),
  direction,
});

export function registerProgressRoutes(app: ZodApp, c: ApiContainer): void {
  app.post(
    '/api/clients/:id/questionnaires',
    {
      schema: {
        tags: ['progress'],
        summary: 'Submit a PHQ-9 or GAD-7 (answers 0–3 per item); scored on the server',
        params: idParams,
        body: z.object({ kind: z.enum(QUESTIONNAIRE_KINDS), answers: z.array(z.unknown()).max(20) }).strict(),
        response: {
          201: z.object({
            id: z.uuid(),
            kind: z.enum(QUESTIONNAIRE_KINDS),
            total: z.number(),
            severity: z.string(),
            riskFlagged: z.boolean(),
          }),
          ...authErrors,
        },
      },
    },
    async (req, reply) => {
      const ctx = authorize(req, EVERYONE);
      const parsed = answersSchema(req.body.kind).safeParse(req.body.answers);
      if (!parsed.success) throw badRequest(parsed.error.issues[0]?.message ?? 'invalid answers', 'validation');
      const { response, riskFlagged } = await c.questionnaires.submit(ctx, req.params.id, req.body.kind, parsed.data);
      return reply.status(201).send({
        id: response.id,
        kind: response.kind,
        total: response.total,
        severity: response.severity,
        riskFlagged,
      });
    },
  );

  app.get(
    '/api/clients/:id/questionnaires',
    {
      schema: {
        tags: ['progress'],
        summary: 'PHQ-9 and GAD-7 trends',
        params: idParams,
        response: { 200: z.array(questionnaireTrend), ...authErrors },
      },
    },
    async (req) => c.questionnaires.trends(authorize(req, EVERYONE), req.params.id),
  );

  app.get(
    '/api/clients/:id/risk-flags',
    {
      schema: {
        tags: ['progress'],
        summary: 'Risk flags raised for a client (e.g. PHQ-9 item 9)',
        params: idParams,
        response: {
          200: z.array(
            z.object({
              id: z.uuid(),
              source: z.string(),
              detail: z.string(),
              createdAt: z.string(),
              acknowledgedAt: z.string().nullable(),
            }),
          ),
          ...authErrors,
        },
      },
    },
    async (req) =>
      (await c.questionnaires.riskFlags(authorize(req, STAFF), req.params.id)).map((f) => ({
        id: f.id,
        source: f.source,
        detail: f.detail,
        createdAt: f.created_at.toISOString(),
        acknowledgedAt: f.acknowledged_at?.toISOString() ?? null,
      })),
  );

  app.get(
    '/api/clients/:id/progress',
    {
      schema: {
        tags: ['progress'],
        summary:
          'Mood trend with direction, MI skill profile per session, questionnaire trends, attendance from session dates',
        params: idParams,
        response: {
          200: z.object({
            mood: z.object({
              points: z.array(z.object({ at: z.string(), value: z.number(), sessionId: z.uuid() })),
              direction,
            }),
            skills: z.array(
              z.object({
                at: z.string(),
                sessionId: z.uuid(),
                reflectionToQuestionRatio: z.number(),
                percentOpenQuestions: z.number(),
              }),
            ),
            questionnaires: z.array(questionnaireTrend),
            attendance: z.object({
              sessions: z.number(),
              firstAt: z.string().nullable(),
              lastAt: z.string().nullable(),
              medianGapDays: z.number().nullable(),
              longestGapDays: z.number().nullable(),
            }),
          }),
          ...authErrors,
        },
      },
    },
    async (req) => c.progress.report(authorize(req, STAFF), req.params.id),
  );
}
