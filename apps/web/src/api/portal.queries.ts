import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QuestionnaireKind } from '../portal/questionnaire-items.ts';
import { useMe } from './auth.queries.ts';
import { api, type ApiError, unwrap } from './http.ts';
import { keys } from './query-keys.ts';

/** Homework from every session of the signed-in client, open items first. */
export function useMyHomework() {
  const sessions = useQuery({
    queryKey: keys.sessionList(null),
    queryFn: async () => unwrap(await api.GET('/api/sessions', { params: { query: { limit: 200 } } })),
  });
  const items = sessions.data?.items ?? [];
  const lists = useQueries({
    queries: items.map((s) => ({
      queryKey: keys.homework(s.id),
      queryFn: async () => unwrap(await api.GET('/api/sessions/{id}/homework', { params: { path: { id: s.id } } })),
    })),
  });
  const pending = sessions.isPending || lists.some((l) => l.isPending);
  const error = sessions.error ?? lists.find((l) => l.error)?.error ?? null;
  const all = lists.flatMap((l) => l.data ?? []);
  all.sort((a, b) => Number(a.completedAt !== null) - Number(b.completedAt !== null));
  return { isPending: pending, error, data: all };
}

type HomeworkItem = ReturnType<typeof useMyHomework>['data'][number];

/** Ticks an item off at once (optimistic) and rolls back if the server refuses. */
export function useToggleHomework() {
  const qc = useQueryClient();
  return useMutation<unknown, ApiError, { id: string; sessionId: string; done: boolean }, { before?: HomeworkItem[] }>({
    mutationFn: async ({ id, done }) =>
      unwrap(await api.POST('/api/homework/{id}/complete', { params: { path: { id } }, body: { done } })),
    onMutate: async ({ id, sessionId, done }) => {
      await qc.cancelQueries({ queryKey: keys.homework(sessionId) });
      const before = qc.getQueryData<HomeworkItem[]>(keys.homework(sessionId));
      qc.setQueryData<HomeworkItem[]>(keys.homework(sessionId), (items) =>
        items?.map((h) => (h.id === id ? { ...h, completedAt: done ? new Date().toISOString() : null } : h)),
      );
      return { before };
    },
    onError: (_e, v, context) => qc.setQueryData(keys.homework(v.sessionId), context?.before),
    onSettled: (_d, _e, v) => void qc.invalidateQueries({ queryKey: keys.homework(v.sessionId) }),
  });
}

/** Submits a PHQ-9 or GAD-7 for the signed-in client; the server scores it. */
export function useSubmitQuestionnaire() {
  const me = useMe();
  return useMutation<{ total: number; severity: string }, ApiError, { kind: QuestionnaireKind; answers: number[] }>({
    mutationFn: async (body) => {
      const id = me.data?.clientId;
      if (!id) throw new Error('Your account is not linked to a client record.');
      return unwrap(await api.POST('/api/clients/{id}/questionnaires', { params: { path: { id } }, body }));
    },
  });
}
