import type { Actor } from '../../auth/actor.ts';
import type { Database } from '../../db/database.ts';
import type { EventNotification } from '../../events/event-map.ts';
import { subscribePipelineEvents } from '../../events/event-stream.ts';
import type { NotificationListener, Unsubscribe } from '../../events/notification-listener.ts';
import type { EventRepository, EventResource, StoredEvent } from '../../repositories/event.repository.ts';
import { toSessionDto } from '../dto.ts';

/** One SSE frame: the event id (for Last-Event-ID), its type, and the same JSON the REST endpoint returns. */
export interface SseFrame {
  id: number;
  type: string;
  data: unknown;
  /** The encoded frame, built once per event and shared by every connection that receives it. */
  wire: string;
}

interface Connection {
  actor: Actor;
  send(frame: SseFrame): void;
  end(): void;
}

/** Whether `actor` may see an event about this resource: the same rule as the REST scopes. */
export function mayReceive(actor: Actor, practiceId: string, r: EventResource): boolean {
  if (practiceId !== actor.practiceId) return false;
  switch (actor.role) {
    case 'admin':
      return true;
    case 'clinician':
      return r.clinicianId === actor.userId;
    case 'client':
      return r.clientUserId === actor.userId;
  }
}

// Progress events carry the session and how far its running stage has got; every other event is the REST JSON.
function frameOf(
  event: Pick<StoredEvent, 'id' | 'type' | 'session_id' | 'client_id' | 'payload'>,
  r: EventResource,
): SseFrame {
  const resource = r.session ? toSessionDto(r.session) : { sessionId: event.session_id, clientId: event.client_id };
  const data = event.type === 'stage.progress' ? { session: resource, progress: event.payload } : resource;
  return {
    id: event.id,
    type: event.type,
    data,
    wire: `id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(data)}\n\n`,
  };
}

// One LISTEN subscription per process, fanned out to every open SSE connection. Each event's resource is
// loaded once, whatever the number of connections, so delivery cost stays flat with 1,000 clients.
export class EventHub {
  private readonly connections = new Set<Connection>();
  private unsubscribe: Promise<Unsubscribe> | undefined;
  /** Events are delivered one after another: loading each resource is async, and a stream must keep id order. */
  private delivery: Promise<void> = Promise.resolve();

  constructor(
    private readonly database: Database,
    private readonly listener: NotificationListener,
    private readonly events: EventRepository,
  ) {}

  get size(): number {
    return this.connections.size;
  }

  /** Registers a connection; live events start buffering immediately so a replay cannot miss any. */
  async connect(
    actor: Actor,
    lastEventId: number | undefined,
    send: (frame: SseFrame) => void,
    end: () => void,
  ): Promise<() => void> {
    await (this.unsubscribe ??= subscribePipelineEvents(this.database, this.listener, (e) => this.enqueue(e)));
    let replaying = true;
    const buffered: SseFrame[] = [];
    // Replay what the client missed, then flush what arrived meanwhile, skipping frames the replay already sent.
    // A notification can also be dispatched after the replay ended although the replay's query already saw its
    // row, so live frames are checked against the replayed ids too.
    const replayed = new Set<number>();
    const conn: Connection = {
      actor,
      end,
      send: (frame) => {
        if (replaying) buffered.push(frame);
        else if (!replayed.has(frame.id)) send(frame);
      },
    };
    this.connections.add(conn);
    if (lastEventId !== undefined) {
      let after = lastEventId;
      for (;;) {
        const rows = await this.events.since(actor, after, 500);
        for (const row of rows) {
          const r = await this.events.resource(row.session_id, row.client_id);
          if (mayReceive(actor, row.practice_id, r)) send(frameOf(row, r));
          replayed.add(row.id);
          after = row.id;
        }
        if (rows.length < 500) break;
      }
    }
    replaying = false;
    for (const frame of buffered) {
      if (!replayed.has(frame.id) && frame.id > (lastEventId ?? 0)) send(frame);
    }
    return () => this.connections.delete(conn);
  }

  /** Ends every open stream (server shutdown) and stops listening. */
  async close(): Promise<void> {
    for (const c of this.connections) c.end();
    this.connections.clear();
    const unsubscribe = await this.unsubscribe;
    this.unsubscribe = undefined;
    await unsubscribe?.();
  }

  private enqueue(e: EventNotification): void {
    // A failed load (the database closing at shutdown) drops that one event; clients resume by Last-Event-ID.
    this.delivery = this.delivery.then(() => this.dispatch(e)).catch(() => undefined);
  }

  private async dispatch(e: EventNotification): Promise<void> {
    const targets = [...this.connections].filter((c) => c.actor.practiceId === e.practiceId);
    if (targets.length === 0) return;
    const r = await this.events.resource(e.sessionId, e.clientId);
    const frame = frameOf(
      { id: e.id, type: e.type, session_id: e.sessionId, client_id: e.clientId, payload: e.progress },
      r,
    );
    for (const c of targets) if (mayReceive(c.actor, e.practiceId, r)) c.send(frame);
  }
}
