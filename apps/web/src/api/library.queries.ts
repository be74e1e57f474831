import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { paths } from '@insession/client';
import { api, type ApiError, unwrap } from './http.ts';
import { keys } from './query-keys.ts';

export type SourceInput = NonNullable<
  paths['/api/library/sources']['post']['requestBody']
>['content']['application/json'];
type Runs = paths['/api/library/runs']['get']['responses'][200]['content']['application/json'];
export type CrawlRun = Runs[number];

/** Admin: the sites the practice's library is crawled from. */
export function useLibrarySources() {
  return useQuery({
    queryKey: keys.librarySources(),
    queryFn: async () => unwrap(await api.GET('/api/library/sources')),
  });
}

/** Admin: recent crawl runs; polled while one is queued or running, so the progress bar moves. */
export function useCrawlRuns() {
  return useQuery({
    queryKey: keys.crawlRuns(),
    queryFn: async () => unwrap(await api.GET('/api/library/runs', { params: { query: { limit: 50 } } })),
    refetchInterval: (q) => (q.state.data?.some((r) => r.state === 'queued' || r.state === 'running') ? 1500 : false),
  });
}

/** Pages in the library (staff). */
export function useLibraryPages() {
  return useQuery({
    queryKey: keys.libraryPages(),
    queryFn: async () => unwrap(await api.GET('/api/library/pages', { params: { query: { limit: 500 } } })),
  });
}

/** One page with its readable copy, fetched when opened. */
export function useLibraryPage(id: string | null) {
  return useQuery({
    queryKey: keys.libraryPage(id ?? ''),
    enabled: id !== null,
    queryFn: async () => unwrap(await api.GET('/api/library/pages/{id}', { params: { path: { id: id ?? '' } } })),
  });
}

function useLibraryMutation<V>(fn: (v: V) => Promise<unknown>) {
  const qc = useQueryClient();
  return useMutation<unknown, ApiError, V>({
    mutationFn: fn,
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['library'] });
    },
  });
}

export const useAddSource = () =>
  useLibraryMutation(async (body: SourceInput) => unwrap(await api.POST('/api/library/sources', { body })));

export const useDeleteSource = () =>
  useLibraryMutation(async (id: string) =>
    unwrap(await api.DELETE('/api/library/sources/{id}', { params: { path: { id } } })),
  );

export const useStartCrawl = () =>
  useLibraryMutation(async (id: string) =>
    unwrap(await api.POST('/api/library/sources/{id}/crawls', { params: { path: { id } } })),
  );
