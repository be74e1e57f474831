import type { Database } from '../db/database.ts';

// NOTIFY channel names, namespaced like the database so that parallel test runs sharing one Postgres
// server never receive each other's notifications.
function channel(database: Pick<Database, 'namespace'>, base: string): string {
  return database.namespace ? `${base}_${database.namespace}` : base;
}

/** Channel announcing new pipeline_events rows. */
export const eventsChannel = (database: Pick<Database, 'namespace'>) => channel(database, 'insession_events');
/** Channel announcing newly queued jobs (payload: queue name), so idle workers wake without polling. */
export const jobsChannel = (database: Pick<Database, 'namespace'>) => channel(database, 'insession_jobs');
