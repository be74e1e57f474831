import type { paths } from '@insession/client';

// Response types straight from the generated client, so the mappers notice when the API changes.
type Json200<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  responses: { 200: { content: { 'application/json': infer T } } };
}
  ? T
  : never;

export type SessionDto = Json200<'/api/sessions/{id}', 'get'>;
export type AnalysisDto = Json200<'/api/sessions/{id}/analyses', 'get'>[number];
export type TranscriptDto = Json200<'/api/sessions/{id}/transcript', 'get'>;
