import { useQuery } from '@tanstack/react-query';
import { keys } from './query-keys.ts';

/** How far a running stage has got, as the server's `stage.progress` events report it (apps/server event map). */
export interface StageProgress {
  stage: string;
  step: string;
  fraction: number;
}

/** The latest progress pushed over SSE for this session; never fetched, only written by the event stream. */
export function useStageProgress(sessionId: string | undefined): StageProgress | undefined {
  const { data } = useQuery<StageProgress | null>({
    queryKey: keys.stageProgress(sessionId ?? ''),
    queryFn: () => null,
    enabled: false,
    staleTime: Infinity,
  });
  return sessionId ? (data ?? undefined) : undefined;
}
