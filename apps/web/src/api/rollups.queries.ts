import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { paths } from '@insession/client';
import { api, type ApiError, unwrap } from './http.ts';
import { keys } from './query-keys.ts';

type Ok<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  responses: { 200: { content: { 'application/json': infer T } } };
}
  ? T
  : never;

export type JourneyRead = Ok<'/api/clients/{id}/journey', 'get'>;
export type BridgeRead = Ok<'/api/clients/{id}/bridge', 'get'>;
export type PlanRead = Ok<'/api/clients/{id}/treatment-plan', 'get'>;
export type TreatmentPlan = NonNullable<PlanRead['current']>['value'];

/** The client's journey (newest version), regenerated after each analysed session. */
export function useJourney(clientId: string | undefined) {
  return useQuery({
    queryKey: keys.rollup(clientId ?? '', 'journey'),
    enabled: clientId !== undefined,
    queryFn: async () =>
      unwrap(await api.GET('/api/clients/{id}/journey', { params: { path: { id: clientId ?? '' } } })),
  });
}

/** What the client may share with their support network (newest version). */
export function useBridge(clientId: string | undefined) {
  return useQuery({
    queryKey: keys.rollup(clientId ?? '', 'bridge'),
    enabled: clientId !== undefined,
    queryFn: async () =>
      unwrap(await api.GET('/api/clients/{id}/bridge', { params: { path: { id: clientId ?? '' } } })),
  });
}

/** The treatment plan, newest or a chosen earlier version, with the version list (staff only). */
export function useTreatmentPlan(clientId: string, version: number | null) {
  return useQuery({
    queryKey: [...keys.rollup(clientId, 'treatment_plan'), version ?? 'latest'],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/clients/{id}/treatment-plan', {
          params: { path: { id: clientId }, query: version === null ? {} : { version } },
        }),
      ),
  });
}

/** Saves the clinician's edit of the newest version as a new version. */
export function useEditPlan(clientId: string) {
  const qc = useQueryClient();
  return useMutation<PlanRead, ApiError, { basedOnVersion: number; plan: TreatmentPlan }>({
    mutationFn: async (body) =>
      unwrap(await api.PUT('/api/clients/{id}/treatment-plan', { params: { path: { id: clientId } }, body })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: keys.rollup(clientId, 'treatment_plan') }),
  });
}

export function useApprovePlan(clientId: string) {
  const qc = useQueryClient();
  return useMutation<PlanRead, ApiError, number>({
    mutationFn: async (version) =>
      unwrap(
        await api.POST('/api/clients/{id}/treatment-plan/approve', {
          params: { path: { id: clientId } },
          body: { version },
        }),
      ),
    onSuccess: () => void qc.invalidateQueries({ queryKey: keys.rollup(clientId, 'treatment_plan') }),
  });
}
