import type { Database } from '../db/database.ts';
import { eventsChannel } from './channels.ts';
import type { EventNotification } from './event-map.ts';
import type { NotificationListener, Unsubscribe } from './notification-listener.ts';

/**
 * Subscribes to pipeline events from every process (API, in-process workers, `insession worker`s).
 * The SSE endpoint filters by practice/session/client and loads the REST JSON for each notification;
 * missed ones are replayed from pipeline_events by id.
 */
export async function subscribePipelineEvents(
  database: Database,
  listener: NotificationListener,
  onEvent: (event: EventNotification) => void,
): Promise<Unsubscribe> {
  return listener.listen(eventsChannel(database), (payload) => {
    onEvent(JSON.parse(payload) as EventNotification);
  });
}
