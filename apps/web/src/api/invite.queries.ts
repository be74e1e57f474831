import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiError } from './http.ts';
import { api, setCsrfToken, unwrap } from './http.ts';

/** Clinician: a one-time link the client opens to create their login. */
export function useInviteClient(clientId: string) {
  return useMutation<{ url: string; expiresAt: string }, ApiError, string>({
    mutationFn: async (email) =>
      unwrap(await api.POST('/api/clients/{id}/invite', { params: { path: { id: clientId } }, body: { email } })),
  });
}

/** Client: accept the invite, which also signs them in. */
export function useAcceptInvite() {
  const qc = useQueryClient();
  return useMutation<void, ApiError, { token: string; name: string; password: string }>({
    mutationFn: async (body) => {
      setCsrfToken(unwrap(await api.POST('/api/invites/accept', { body })).csrfToken);
      qc.removeQueries();
    },
  });
}
