import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { mapAnalyses } from './analysis.mapper.ts';
import type { SessionDto } from './api-types.ts';
import { api, type ApiError, unwrap } from './http.ts';
import { useProgressOf } from './progress.queries.ts';
import { keys } from './query-keys.ts';
import { hasAnalyses } from './session.mapper.ts';
import type { ClientSummaryView } from './view-models.ts';

/** Caseload: clients with their newest session; mood and risk come from that session's analyses. */
export function useClients() {
  const base = useQuery({
    queryKey: keys.clients(),
    queryFn: async () => {
      const [clients, sessions] = await Promise.all([
        api.GET('/api/clients').then(unwrap),
        api.GET('/api/sessions', { params: { query: { limit: 200 } } }).then(unwrap),
      ]);
      return { clients, sessions: sessions.items };
    },
  });
  const byClient = new Map<string, SessionDto[]>();
  for (const s of base.data?.sessions ?? []) byClient.set(s.clientId, [...(byClient.get(s.clientId) ?? []), s]);
  const latestAnalysed = (base.data?.clients ?? []).map((c) => (byClient.get(c.id) ?? []).find(hasAnalyses));
  const analyses = useQueries({
    queries: latestAnalysed.map((s) => ({
      queryKey: keys.analyses(s?.id ?? 'none'),
      queryFn: async () =>
        mapAnalyses(unwrap(await api.GET('/api/sessions/{id}/analyses', { params: { path: { id: s?.id ?? '' } } }))),
      enabled: s !== undefined,
    })),
  });
  const progress = useProgressOf((base.data?.clients ?? []).map((c) => c.id));
  const data: ClientSummaryView[] | undefined = base.data?.clients.map((c, i) => {
    const sessions = byClient.get(c.id) ?? [];
    const a = analyses[i]?.data?.analysis;
    return {
      id: c.id,
      name: c.name,
      lastSessionDate: sessions[0]?.sessionDate ?? null,
      latestMood: a?.mood?.score ?? null,
      riskLevel: a?.risk?.level ?? null,
      sessionCount: sessions.length,
      questionnaires: progress[i]?.data?.questionnaires ?? [],
    };
  });
  return { ...base, data } as typeof base & { data: ClientSummaryView[] | undefined };
}

export function useClient(id: string) {
  return useQuery({
    queryKey: keys.client(id),
    queryFn: async () => {
      const c = unwrap(await api.GET('/api/clients/{id}', { params: { path: { id } } }));
      return { id: c.id, name: c.name, hasLogin: c.hasLogin };
    },
  });
}

export function useCreateClient() {
  const qc = useQueryClient();
  return useMutation<{ id: string }, ApiError, string>({
    mutationFn: async (name) => unwrap(await api.POST('/api/clients', { body: { name: name.trim() } })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: keys.clients() }),
  });
}

/** Fetches the client's whole record (PDF or JSON) for the browser to save. */
export function useClientExport(id: string, format: 'pdf' | 'json') {
  return useMutation<Blob, ApiError>({
    mutationFn: async () =>
      unwrap<Blob>(
        await api.GET('/api/clients/{id}/export', {
          params: { path: { id }, query: { format } },
          parseAs: 'blob',
        }),
      ),
  });
}
