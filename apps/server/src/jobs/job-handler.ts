import type { Logger } from 'pino';
import type { Config } from '../config/config.ts';
import type { Database } from '../db/database.ts';
import type { FieldCipher } from '../security/field-cipher.ts';
import type { JobQueue } from './job-queue.ts';

/** What a handler gets besides its validated payload. */
export interface JobContext {
  database: Database;
  config: Config;
  /** Encrypts transcripts, analyses and notes before they are stored. */
  cipher: FieldCipher;
  queue: JobQueue;
  /** Carries the request id and job id on every line. */
  log: Logger;
  jobId: string;
  /** 0 on the first attempt. */
  retryCount: number;
  /** No retry follows if this attempt fails. */
  isFinalAttempt: boolean;
  /** Identifies the process (e.g. `worker-<pid>`); recorded by probe jobs. */
  workerName: string;
}

export type JobHandler<P> = (payload: P, ctx: JobContext) => Promise<void>;
