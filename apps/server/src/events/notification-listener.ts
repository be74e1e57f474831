import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { Database } from '../db/database.ts';

export type Unsubscribe = () => Promise<void>;

/** Receives NOTIFY payloads on one channel: in process on PGlite, over a dedicated connection on Postgres. */
export interface NotificationListener {
  listen(channel: string, onPayload: (payload: string) => void): Promise<Unsubscribe>;
  close(): Promise<void>;
}

/** Creates the listener that fits the database; one per process is enough (channels are multiplexed). */
export function createNotificationListener(database: Database): NotificationListener {
  return database.kind === 'pglite' ? pgliteListener(database.pglite) : postgresListener(database.connectionString);
}

function pgliteListener(pglite: PGlite): NotificationListener {
  return {
    async listen(channel, onPayload) {
      const stop = await pglite.listen(channel, onPayload);
      return async () => {
        if (!pglite.closed) await stop();
      };
    },
    async close() {},
  };
}

// A pooled connection cannot LISTEN (notifications arrive only on the session that listens), so this keeps
// one dedicated client and reconnects it, re-issuing LISTEN, if the connection drops.
function postgresListener(connectionString: string): NotificationListener {
  const handlers = new Map<string, Set<(payload: string) => void>>();
  let client: pg.Client | undefined;
  let connecting: Promise<pg.Client> | undefined;
  let closed = false;

  const connect = async (): Promise<pg.Client> => {
    const c = new pg.Client({ connectionString });
    c.on('notification', (msg) => {
      for (const h of handlers.get(msg.channel) ?? []) h(msg.payload ?? '');
    });
    c.on('error', () => {
      client = undefined;
      connecting = undefined;
      if (!closed && handlers.size > 0) setTimeout(() => void ensure().catch(() => {}), 1000);
    });
    await c.connect();
    for (const channel of handlers.keys()) await c.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    client = c;
    return c;
  };
  const ensure = (): Promise<pg.Client> => (client ? Promise.resolve(client) : (connecting ??= connect()));

  return {
    async listen(channel, onPayload) {
      const set = handlers.get(channel) ?? new Set();
      const first = set.size === 0;
      set.add(onPayload);
      handlers.set(channel, set);
      const c = await ensure();
      if (first) await c.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      return async () => {
        set.delete(onPayload);
        if (set.size === 0 && handlers.get(channel) === set) {
          handlers.delete(channel);
          if (client && !closed) await client.query(`UNLISTEN ${pg.escapeIdentifier(channel)}`);
        }
      };
    },
    async close() {
      closed = true;
      handlers.clear();
      const c = client;
      client = undefined;
      if (c) await c.end();
    },
  };
}
