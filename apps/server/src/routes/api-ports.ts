import type { Config } from '../config/config.ts';
import type { Database } from '../db/database.ts';
import type { NotificationListener } from '../events/notification-listener.ts';
import type { JobQueue } from '../jobs/job-queue.ts';

/** What app.ts hands the API plugin: the database, config, the job queue and the process's NOTIFY listener. */
export interface ApiPluginOptions {
  database: Database;
  config: Config;
  queue: JobQueue;
  listener: NotificationListener;
}
