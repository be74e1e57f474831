import { sql, type Kysely } from 'kysely';
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { Database } from '../db/database.ts';
import type { DB } from '../db/schema.ts';
import { jobsChannel } from '../events/channels.ts';
import { JOB_NAMES, jobRegistry, type JobInput, type JobName } from './job-registry.ts';
import { pgliteBossAdapter } from './pglite-boss.adapter.ts';
import { transactionBossAdapter } from './trx-boss.adapter.ts';

const QUEUE_SETUP_LOCK_KEY = 7_301_443;

export interface JobQueueOptions {
  retryLimit: number;
  /** First retry delay; pg-boss doubles it per retry (with jitter). */
  retryDelaySeconds: number;
  /** A job active longer than this is treated as lost (crashed worker) and retried. */
  expireSeconds: number;
  /** How often lost jobs are detected and old ones archived (pg-boss maintenance). */
  maintenanceIntervalSeconds?: number;
  log: Logger;
}

export type SendOptions = Pick<PgBoss.SendOptions, 'expireInSeconds' | 'startAfter' | 'singletonKey' | 'retryLimit'> & {
  /** Enqueue inside this transaction: the job exists only if it commits. Required inside PGlite transactions. */
  trx?: Kysely<DB>;
};

export interface QueueDepth {
  name: string;
  /** Waiting to start (new or waiting for a retry). */
  queued: number;
  active: number;
}

/** The pg-boss queue over the app database (PGlite through its `db` adapter, or Postgres). */
export class JobQueue {
  private constructor(
    readonly boss: PgBoss,
    readonly database: Database,
    /** pg-boss's own schema. */
    readonly schema: string,
  ) {}

  /** Starts pg-boss (creating or upgrading its schema) and creates or updates every registered queue. */
  static async start(database: Database, opts: JobQueueOptions): Promise<JobQueue> {
    const schema = database.namespace ? `${database.namespace}_pgboss` : 'pgboss';
    const common = {
      schema,
      schedule: false,
      supervise: true,
      maintenanceIntervalSeconds: opts.maintenanceIntervalSeconds ?? 60,
      retryLimit: opts.retryLimit,
      retryDelay: opts.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: opts.expireSeconds,
    };
    const boss =
      database.kind === 'pglite'
        ? new PgBoss({ ...common, db: pgliteBossAdapter(database.pglite) })
        : new PgBoss({ ...common, connectionString: database.connectionString, max: 4 });
    boss.on('error', (err) => opts.log.error({ err }, 'job queue error'));
    await boss.start();
    const queue = new JobQueue(boss, database, schema);
    await queue.ensureQueues(opts);
    return queue;
  }

  // pg-boss creates a partition table per queue; processes doing that at the same time deadlock on Postgres,
  // so queue setup is serialised by a session advisory lock held on one of our own connections.
  private async ensureQueues(opts: JobQueueOptions): Promise<void> {
    await this.database.db.connection().execute(async (conn) => {
      await sql`SELECT pg_advisory_lock(${QUEUE_SETUP_LOCK_KEY})`.execute(conn);
      try {
        await this.createOrUpdateQueues(opts);
      } finally {
        await sql`SELECT pg_advisory_unlock(${QUEUE_SETUP_LOCK_KEY})`.execute(conn);
      }
    });
  }

  // Dead-letter targets first: a queue's dead_letter is a foreign key to another queue.
  private async createOrUpdateQueues(opts: JobQueueOptions): Promise<void> {
    const ordered = [...JOB_NAMES].sort((a, b) => Number(hasDeadLetter(a)) - Number(hasDeadLetter(b)));
    for (const name of ordered) {
      const def = jobRegistry[name];
      const options: PgBoss.Queue = {
        name,
        retryLimit: opts.retryLimit,
        retryDelay: opts.retryDelaySeconds,
        retryBackoff: true,
        expireInSeconds: opts.expireSeconds,
        ...('deadLetter' in def ? { deadLetter: def.deadLetter } : {}),
      };
      if (await this.boss.getQueue(name)) await this.boss.updateQueue(name, options);
      else await this.boss.createQueue(name, options);
    }
  }

  /** Validates the payload against the registry and enqueues it; wakes idle workers in every process. */
  async send<N extends JobName>(name: N, input: JobInput<N>, opts: SendOptions = {}): Promise<string> {
    const { trx, ...sendOptions } = opts;
    const payload = jobRegistry[name].payload.parse(input) as object;
    const id = await this.boss.send(name, payload, {
      ...sendOptions,
      ...(trx ? { db: transactionBossAdapter(trx) } : {}),
    });
    if (!id) throw new Error(`job ${name} was not queued`);
    await this.wake(name, trx);
    return id;
  }

  /**
   * Enqueues the job unless one was already queued for the current `everySeconds` time slot, by any process.
   * Returns whether this call queued it. Periodic jobs use it (job-scheduler.ts).
   */
  async sendThrottled<N extends JobName>(name: N, input: JobInput<N>, everySeconds: number): Promise<boolean> {
    const payload = jobRegistry[name].payload.parse(input) as object;
    const id = await this.boss.sendThrottled(name, payload, {}, everySeconds, 'periodic');
    if (id) await this.wake(name);
    return id !== null;
  }

  /** Enqueues many jobs in one statement (bulk loads and benchmarks). */
  async sendMany<N extends JobName>(name: N, inputs: JobInput<N>[]): Promise<void> {
    const def = jobRegistry[name];
    await this.boss.insert(inputs.map((input) => ({ name, data: def.payload.parse(input) as object })));
    await this.wake(name);
  }

  private async wake(name: JobName, trx?: Kysely<DB>): Promise<void> {
    await sql`SELECT pg_notify(${jobsChannel(this.database)}, ${name})`.execute(trx ?? this.database.db);
  }

  /** Cheap liveness check: pg-boss's schema answers through the same connection path its workers use. */
  async ping(): Promise<void> {
    await this.boss.getDb().executeSql(`SELECT version FROM ${this.schema}.version`, []);
  }

  /** Jobs waiting and running, per registered queue. */
  async depth(): Promise<QueueDepth[]> {
    const { rows } = (await this.boss.getDb().executeSql(
      `SELECT name, state::text AS state, count(*)::int AS n FROM ${this.schema}.job
       WHERE state IN ('created', 'retry', 'active') GROUP BY name, state`,
      [],
    )) as { rows: { name: string; state: string; n: number }[] };
    return JOB_NAMES.map((name) => {
      const of = (state: string) => rows.find((r) => r.name === name && r.state === state)?.n ?? 0;
      return { name, queued: of('created') + of('retry'), active: of('active') };
    });
  }

  /** Stops fetching, waits for running jobs (up to timeoutMs), and stops maintenance. */
  async stop(timeoutMs = 10_000): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: timeoutMs, close: this.database.kind === 'postgres' });
  }
}

function hasDeadLetter(name: JobName): boolean {
  return 'deadLetter' in jobRegistry[name];
}
