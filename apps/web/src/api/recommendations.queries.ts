import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type ApiError, unwrap } from './http.ts';
import { keys } from './query-keys.ts';

/** Library pages proposed from a session, with their status (clinician). */
export function useSessionRecommendations(sessionId: string) {
  return useQuery({
    queryKey: keys.recommendations(sessionId),
    queryFn: async () =>
      unwrap(await api.GET('/api/sessions/{id}/recommendations', { params: { path: { id: sessionId } } })),
  });
}

/** Ranks the library for the session's client and stores new proposals. */
export function useProposeRecommendations(sessionId: string) {
  const qc = useQueryClient();
  return useMutation<unknown, ApiError>({
    mutationFn: async () =>
      unwrap(await api.POST('/api/sessions/{id}/recommendations', { params: { path: { id: sessionId } } })),
    onSuccess: (data) => qc.setQueryData(keys.recommendations(sessionId), data),
  });
}

/** Approves a proposal for the client, or dismisses it. */
export function useDecideRecommendation(sessionId: string) {
  const qc = useQueryClient();
  return useMutation<unknown, ApiError, { id: string; status: 'approved' | 'dismissed' }>({
    mutationFn: async ({ id, status }) =>
      unwrap(await api.POST('/api/recommendations/{id}/decision', { params: { path: { id } }, body: { status } })),
    onSettled: () => void qc.invalidateQueries({ queryKey: keys.recommendations(sessionId) }),
  });
}

/** Pages the clinician approved for this client (the portal list). */
export function useClientResources(clientId: string | undefined) {
  return useQuery({
    queryKey: keys.resources(clientId ?? ''),
    enabled: clientId !== undefined,
    queryFn: async () =>
      unwrap(await api.GET('/api/clients/{id}/resources', { params: { path: { id: clientId ?? '' } } })),
  });
}
