import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import Fastify, { type FastifyInstance } from 'fastify';
import { parseConfig } from '../../../src/config/config.ts';
import apiPlugin from '../../../src/routes/api.plugin.ts';
import type { EventPort, PipelineEventNotice, PipelinePort } from '../../../src/routes/api-ports.ts';
import { createTestDb, type TestDb } from '../../support/test-db.ts';

/** Pipeline port that records what the API queued (the job system itself is tested by the server suite). */
export class RecordingPipeline implements PipelinePort {
  readonly rerunnableStages = ['transcribe', 'analyze.wave1', 'analyze.wave2', 'patient.rollup'] as const;
  readonly started: string[] = [];
  readonly reruns: { sessionId: string; stage: string }[] = [];
  readonly tasks: { name: string; payload: Record<string, string> }[] = [];
  startSession(sessionId: string): Promise<void> {
    this.started.push(sessionId);
    return Promise.resolve();
  }
  rerunStage(sessionId: string, stage: string): Promise<void> {
    this.reruns.push({ sessionId, stage });
    return Promise.resolve();
  }
  enqueueTask(name: string, payload: Record<string, string>): Promise<void> {
    this.tasks.push({ name, payload });
    return Promise.resolve();
  }
}

export class LocalEvents implements EventPort {
  private readonly listeners = new Set<(e: PipelineEventNotice) => void>();
  subscribe(listener: (e: PipelineEventNotice) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  emit(e: PipelineEventNotice): void {
    for (const l of this.listeners) l(e);
  }
}

export interface ApiHarness {
  app: FastifyInstance;
  testDb: TestDb;
  pipeline: RecordingPipeline;
  events: LocalEvents;
  filesDir: string;
  /** Log lines (JSON) written by the app, e.g. reset links mailed without SMTP. */
  logs: string[];
  close(): Promise<void>;
}

/** A Fastify app with the API plugin on a fresh test database (PGlite, or Postgres with TEST_DATABASE_URL). */
export async function startApi(env: Record<string, string> = {}): Promise<ApiHarness> {
  const testDb = await createTestDb();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'insession-api-'));
  const config = parseConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    AUTH_RATE_LIMIT_PER_MINUTE: '100000',
    ...env,
  });
  const pipeline = new RecordingPipeline();
  const events = new LocalEvents();
  const logs: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      logs.push(chunk.toString());
      done();
    },
  });
  const app = Fastify({ logger: { level: 'info', stream } });
  await app.register(apiPlugin, { database: testDb.database, config, pipeline, events });
  await app.ready();
  return {
    app,
    testDb,
    pipeline,
    events,
    filesDir: config.filesDir,
    logs,
    async close() {
      await app.close();
      await testDb.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
