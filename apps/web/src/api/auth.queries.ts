import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Me } from './view-models.ts';
import type { ApiError } from './http.ts';
import { api, setCsrfToken, unwrap } from './http.ts';
import { keys } from './query-keys.ts';

async function fetchMe(): Promise<Me | null> {
  const res = await api.GET('/api/auth/me');
  if (res.response.status === 401) {
    setCsrfToken(null);
    return null;
  }
  const { user, csrfToken } = unwrap(res);
  setCsrfToken(csrfToken);
  let clientId: string | null = null;
  if (user.role === 'client') {
    // A client sees exactly one client record: their own.
    clientId = unwrap(await api.GET('/api/clients'))[0]?.id ?? null;
  }
  return { id: user.id, name: user.name, email: user.email, role: user.role, clientId };
}

/** The signed-in user, or null when signed out. */
export function useMe() {
  return useQuery({ queryKey: keys.me(), queryFn: fetchMe, staleTime: 5 * 60_000, retry: false });
}

export function useSignIn() {
  const qc = useQueryClient();
  return useMutation<void, ApiError, { email: string; password: string }>({
    mutationFn: async (body) => {
      setCsrfToken(unwrap(await api.POST('/api/auth/signin', { body })).csrfToken);
      qc.removeQueries();
      await qc.fetchQuery({ queryKey: keys.me(), queryFn: fetchMe });
    },
  });
}

/** Creates an isolated demo practice on the server and signs into it (the response sets the cookie). */
export function useStartDemo() {
  const qc = useQueryClient();
  return useMutation<void, ApiError>({
    mutationFn: async () => {
      setCsrfToken(unwrap(await api.POST('/api/demo')).csrfToken);
      qc.removeQueries();
      await qc.fetchQuery({ queryKey: keys.me(), queryFn: fetchMe });
    },
  });
}

export function useSignOut() {
  const qc = useQueryClient();
  return useMutation<void, ApiError>({
    mutationFn: async () => {
      unwrap(await api.POST('/api/auth/signout'));
    },
    onSettled: () => {
      setCsrfToken(null);
      qc.setQueryData(keys.me(), null);
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
    },
  });
}
