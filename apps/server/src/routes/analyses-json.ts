import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { AnalysisJson } from '../repositories/clinical-content.repository.ts';

/** One analysis in GET /api/sessions/:id/analyses (OpenAPI and the typed client). */
export const analysisDto = z.object({
  kind: z.string(),
  schemaVersion: z.number(),
  provider: z.string(),
  model: z.string().nullable(),
  payload: z.unknown(),
  createdAt: z.string(),
});

/**
 * The analyses response as JSON text, with each payload's decrypted JSON text spliced in as it is. Payloads are
 * what makes this response big; parsing them only to stringify them again would cost work in proportion to their
 * size on every read. The bytes are those `JSON.stringify` gives for `analysisDto` (same keys, same order); the
 * payload text is our own `JSON.stringify` output, authenticated by AES-GCM.
 */
export function analysesJson(rows: readonly AnalysisJson[]): string {
  const items = rows.map((r) => {
    const head = JSON.stringify({ kind: r.kind, schemaVersion: r.schemaVersion, provider: r.provider, model: r.model });
    return `${head.slice(0, -1)},"payload":${r.payloadJson},"createdAt":${JSON.stringify(r.createdAt.toISOString())}}`;
  });
  return `[${items.join(',')}]`;
}

/** Sends JSON text as it is: Fastify serializes only non-string payloads, so no schema walks it again. */
export function sendJsonText(reply: FastifyReply, json: string): FastifyReply {
  return reply.type('application/json; charset=utf-8').send(json);
}
