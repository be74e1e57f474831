import { useQueries, useQuery } from '@tanstack/react-query';
import { api, unwrap } from './http.ts';
import { keys } from './query-keys.ts';
import type { QuestionnaireTrendView } from './view-models.ts';

const instrumentNames: Record<string, string> = { phq9: 'PHQ-9', gad7: 'GAD-7' };

async function fetchProgress(id: string) {
  const p = unwrap(await api.GET('/api/clients/{id}/progress', { params: { path: { id } } }));
  const questionnaires: QuestionnaireTrendView[] = p.questionnaires.map((q) => {
    const last = q.points.at(-1);
    return {
      instrument: instrumentNames[q.kind] ?? q.kind,
      latest: last?.total ?? null,
      severity: last?.severity ?? null,
      direction: q.direction,
      points: q.points.map((x) => ({ date: x.at, score: x.total })),
    };
  });
  return { mood: p.mood, questionnaires, attendance: p.attendance };
}

/** Mood trend with the server's direction, PHQ-9/GAD-7 trends and attendance of one client (staff only). */
export function useClientProgress(clientId: string) {
  return useQuery({
    queryKey: keys.progress(clientId),
    queryFn: () => fetchProgress(clientId),
    enabled: clientId !== '',
  });
}

/** Progress of several clients at once, for the caseload list. */
export function useProgressOf(clientIds: string[]) {
  return useQueries({
    queries: clientIds.map((id) => ({ queryKey: keys.progress(id), queryFn: () => fetchProgress(id) })),
  });
}

/** Risk flags raised outside sessions (e.g. PHQ-9 item 9), newest first; staff only. */
export function useClientRiskFlags(clientId: string) {
  return useQuery({
    queryKey: keys.riskFlags(clientId),
    // Safety information is fetched fresh on every visit rather than served from cache.
    staleTime: 0,
    queryFn: async () => unwrap(await api.GET('/api/clients/{id}/risk-flags', { params: { path: { id: clientId } } })),
    enabled: clientId !== '',
  });
}
