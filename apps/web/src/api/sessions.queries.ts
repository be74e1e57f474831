import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import type { paths } from '@insession/client';
import { mapAnalyses, type MappedAnalyses } from './analysis.mapper.ts';
import type { SessionDto } from './api-types.ts';
import { useMe } from './auth.queries.ts';
import { api, type ApiError, unwrap } from './http.ts';
import { keys } from './query-keys.ts';
import { hasAnalyses, toSessionSummary, toTranscriptView } from './session.mapper.ts';
import type { SessionDetailView, SessionSummaryView } from './view-models.ts';
import { xhrFetch } from './xhr-fetch.ts';

const analysesQuery = (id: string, enabled: boolean) => ({
  queryKey: keys.analyses(id),
  queryFn: async (): Promise<MappedAnalyses> =>
    mapAnalyses(unwrap(await api.GET('/api/sessions/{id}/analyses', { params: { path: { id } } }))),
  enabled,
});

function useSessionList(clientId: string | null) {
  return useQuery({
    queryKey: keys.sessionList(clientId),
    queryFn: async () =>
      unwrap(await api.GET('/api/sessions', { params: { query: { limit: 200, ...(clientId ? { clientId } : {}) } } })),
  });
}

/** Sessions (newest first) with their analyses, as one loading/error state for the page. */
function useSessionsWithAnalyses(clientId: string | null) {
  const list = useSessionList(clientId);
  const items: SessionDto[] = list.data?.items ?? [];
  const analyses = useQueries({ queries: items.map((s) => analysesQuery(s.id, hasAnalyses(s))) });
  const data: SessionSummaryView[] | undefined = list.data
    ? items.map((s, i) => toSessionSummary(s, analyses[i]?.data, analyses[i]?.isLoading ?? false))
    : undefined;
  return { ...list, data } as typeof list & { data: SessionSummaryView[] | undefined };
}

export function useClientSessions(clientId: string) {
  return useSessionsWithAnalyses(clientId);
}

/** The signed-in client's own sessions (the API only returns theirs). */
export function useMySessions() {
  return useSessionsWithAnalyses(null);
}

/** One session with transcript (staff only) and analyses; every part refreshes from SSE events. */
export function useSession(id: string, opts: { enabled?: boolean } = {}) {
  const enabled = opts.enabled ?? true;
  const me = useMe();
  const isStaff = me.data !== undefined && me.data !== null && me.data.role !== 'client';
  const session = useQuery({
    queryKey: keys.session(id),
    queryFn: async () => unwrap(await api.GET('/api/sessions/{id}', { params: { path: { id } } })),
    enabled,
  });
  const s = session.data;
  const analyses = useQuery(analysesQuery(id, enabled && s !== undefined && hasAnalyses(s)));
  const transcript = useQuery({
    queryKey: keys.transcript(id),
    queryFn: async () => unwrap(await api.GET('/api/sessions/{id}/transcript', { params: { path: { id } } })),
    enabled:
      enabled && isStaff && s !== undefined && (s.stages.transcribedAt !== null || s.sourceKind === 'transcript'),
    retry: false,
  });
  const client = useQuery({
    queryKey: keys.client(s?.clientId ?? ''),
    queryFn: async () => unwrap(await api.GET('/api/clients/{id}', { params: { path: { id: s?.clientId ?? '' } } })),
    enabled: enabled && s !== undefined,
  });
  const data: SessionDetailView | undefined = s
    ? {
        ...toSessionSummary(s, analyses.data, analyses.isLoading),
        clientName: client.data?.name ?? '',
        ...toTranscriptView(transcript.data),
        timesEstimated: transcript.data?.timesEstimated ?? false,
        // Staff may stream the stored recording; the player says so if retention has removed it.
        audioUrl: isStaff && s.sourceKind === 'audio' && s.stages.uploadedAt !== null ? audioPath(id) : null,
        narrative: analyses.data?.narrative ?? null,
        deepAnalysis: analyses.data?.deepAnalysis ?? null,
        draftLabel: analyses.data?.draftLabel ?? null,
      }
    : undefined;
  return { ...session, data } as typeof session & { data: SessionDetailView | undefined };
}

/** Same-origin URL of a session's recording: the audio element streams it (with Range requests) using the cookie. */
function audioPath(id: string): string {
  const route: keyof paths = '/api/sessions/{id}/audio';
  return route.replace('{id}', encodeURIComponent(id));
}

export function useRerunAnalysis(id: string) {
  const qc = useQueryClient();
  return useMutation<void, ApiError>({
    mutationFn: async () => {
      unwrap(
        await api.POST('/api/sessions/{id}/rerun', { params: { path: { id } }, body: { stage: 'analyze.wave1' } }),
      );
    },
    onSuccess: () => void qc.invalidateQueries({ queryKey: keys.session(id) }),
  });
}

export interface UploadInput {
  clientId: string;
  date: string;
  file: File;
  kind: 'audio' | 'transcript';
  consent: boolean;
  onProgress: (fraction: number) => void;
}

/** Creates the session, then streams the file with progress; the pipeline starts on the server. */
export function useUploadSession() {
  const qc = useQueryClient();
  return useMutation<SessionDto, ApiError, UploadInput>({
    mutationFn: async ({ clientId, date, file, kind, consent, onProgress }) => {
      const created = unwrap(
        await api.POST('/api/sessions', { body: { clientId, sessionDate: date, sourceKind: kind } }),
      );
      const form = new FormData();
      if (kind === 'audio') form.append('consent', consent ? 'true' : 'false');
      form.append('file', file, file.name);
      const params = { path: { id: created.id } };
      const init = { params, body: form as never, fetch: xhrFetch(onProgress) };
      if (kind === 'audio') unwrap(await api.POST('/api/sessions/{id}/audio', init));
      else unwrap(await api.POST('/api/sessions/{id}/transcript', init));
      return created;
    },
    onSuccess: (s) => {
      void qc.invalidateQueries({ queryKey: keys.session(s.id) });
      void qc.invalidateQueries({ queryKey: keys.sessionLists() });
      void qc.invalidateQueries({ queryKey: keys.clients() });
    },
  });
}
