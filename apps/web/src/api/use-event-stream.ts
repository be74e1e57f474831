import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { keys } from './query-keys.ts';
import type { SessionDto } from './api-types.ts';
import type { StageProgress } from './use-stage-progress.ts';

// Event names of the server's pipeline event map (apps/server/src/events/event-map.ts).
const EVENT_TYPES = [
  'stage.started',
  'stage.progress',
  'stage.completed',
  'stage.retrying',
  'session.completed',
  'session.failed',
];

function isSessionDto(v: unknown): v is SessionDto {
  return typeof v === 'object' && v !== null && 'id' in v && 'status' in v && 'clientId' in v && 'sessionDate' in v;
}

/** Writes one pushed session into every cached place it appears, then refreshes what the stage produced. */
function applySessionEvent(qc: QueryClient, data: unknown, type: string): void {
  const record = data as Record<string, unknown> | null;
  const session = isSessionDto(data) ? data : isSessionDto(record?.['session']) ? record['session'] : null;
  if (!session) return;
  qc.setQueryData(keys.session(session.id), session);
  // Progress arrives every second or so while a stage runs; it changes nothing the other queries hold.
  if (type === 'stage.progress') {
    qc.setQueryData(keys.stageProgress(session.id), record?.['progress'] as StageProgress);
    return;
  }
  qc.setQueryData(keys.stageProgress(session.id), null);
  qc.setQueriesData<{ items: SessionDto[] }>({ queryKey: keys.sessionLists() }, (page) =>
    page ? { ...page, items: page.items.map((s) => (s.id === session.id ? session : s)) } : page,
  );
  // The stage's results live in other resources; fetch them only for sessions someone is looking at.
  void qc.invalidateQueries({ queryKey: keys.analyses(session.id) });
  void qc.invalidateQueries({ queryKey: keys.transcript(session.id) });
  void qc.invalidateQueries({ queryKey: keys.sessionLists() });
  void qc.invalidateQueries({ queryKey: keys.client(session.clientId) });
  void qc.invalidateQueries({ queryKey: keys.progress(session.clientId) });
  // The rollup stage writes new journey, bridge and treatment plan versions for the client.
  void qc.invalidateQueries({ queryKey: keys.rollups(session.clientId) });
  // New sessions (and, in the demo, new clients) appear while the seeder runs.
  void qc.invalidateQueries({ queryKey: keys.clients() });
  void qc.invalidateQueries({ queryKey: keys.homework(session.id) });
  void qc.invalidateQueries({ queryKey: keys.note(session.id) });
}

/**
 * One EventSource per signed-in tab on /api/events. The browser reconnects by itself and sends
 * Last-Event-ID, so the server replays anything missed while the connection was down.
 */
export function useEventStream(enabled: boolean): void {
  const qc = useQueryClient();
  useEffect(() => {
    if (!enabled) return;
    const source = new EventSource('/api/events', { withCredentials: true });
    const onMessage = (e: MessageEvent<string>) => {
      try {
        applySessionEvent(qc, JSON.parse(e.data), e.type);
      } catch {
        // A malformed event must not break the page; the next refetch repairs the cache.
      }
    };
    source.addEventListener('message', onMessage);
    for (const t of EVENT_TYPES) source.addEventListener(t, onMessage);
    return () => source.close();
  }, [enabled, qc]);
}
