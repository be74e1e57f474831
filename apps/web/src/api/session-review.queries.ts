import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, type ApiError, unwrap } from './http.ts';
import { keys } from './query-keys.ts';
import type { SpeakerView } from '../session/transcript-view.tsx';

/** Corrects one speaker's role (two speakers swap); the server stores it and re-runs the analysis. */
export function useCorrectSpeakerRole(sessionId: string) {
  const qc = useQueryClient();
  return useMutation<{ queued: boolean }, ApiError, { speaker: string; role: SpeakerView['role'] }>({
    mutationFn: async (body) =>
      unwrap(await api.PATCH('/api/sessions/{id}/speakers', { params: { path: { id: sessionId } }, body })),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: keys.transcript(sessionId) });
      void qc.invalidateQueries({ queryKey: keys.session(sessionId) });
    },
  });
}

/** Fetches the session's PDF export (what the caller may see of it) for the browser to save. */
export function useSessionExport(sessionId: string) {
  return useMutation<Blob, ApiError>({
    mutationFn: async () =>
      unwrap<Blob>(
        await api.GET('/api/sessions/{id}/export', { params: { path: { id: sessionId } }, parseAs: 'blob' }),
      ),
  });
}
