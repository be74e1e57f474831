import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeTranscript, parseTranscript } from '@insession/core';
import {
  reply,
  startOpenAiServer,
  type OpenAiTestServer,
} from '../../../../packages/core/test/support/openai-server.ts';
import { wave1Answers } from '../../../../packages/core/test/support/wave1-answers.ts';
import { parseConfig, type Config } from '../../src/config/config.ts';
import { fieldCipherFromConfig } from '../../src/config/field-cipher.ts';
import type { Json } from '../../src/db/schema.ts';
import { startPipeline } from '../../src/jobs/pipeline-start.ts';
import { openJson } from '../../src/security/sealed-json.ts';
import { createSessionFixture, storeDemoTranscript, type SessionFixture } from '../support/session-fixture.ts';
import { createTestDb, type TestDb } from '../support/test-db.ts';
import { startTestJobs, waitFor, type TestJobs } from '../support/test-jobs.ts';

// Wave 1 of the pipeline with a practice that picks a language model for the judged parts, against the loopback
// OpenAI-compatible server packages/core tests use. Wave 2 and the rollup stay on the offline engine.

const wave1Tasks = { mood: 'openai', session_labels: 'openai', breakthrough: 'openai', risk: 'openai' };

describe('Wave 1 through the practice’s language model', () => {
  let t: TestDb;
  let jobs: TestJobs;
  let server: OpenAiTestServer;
  let broken = false;
  let config: Config;

  beforeAll(async () => {
    t = await createTestDb();
    const file = new URL('../../src/demo/content/maya-01.txt', import.meta.url);
    const transcript = await parseTranscript({ bytes: await readFile(file), filename: 'maya-01.txt' });
    const engine = await analyzeTranscript(transcript, { embeddingWordBudget: 0 });
    // The model's answers differ from the engine's where it shows: mood 2.5 with its own rationale.
    const answers = wave1Answers({
      ...engine,
      mood: { ...engine.mood, score: 2.5, rationale: 'Rated by the test model.' },
      summary: 'Summary written by the test model.',
    });
    server = await startOpenAiServer((req) => (broken ? reply.text('not json') : reply.json(answers[req.schemaName])));
    config = parseConfig({
      NODE_ENV: 'test',
      DATA_DIR: '.tmp/test-data',
      OPENAI_API_KEY: 'test-key',
      OPENAI_BASE_URL: server.url,
    });
    jobs = await startTestJobs(t.database, { retryLimit: 1, retryDelaySeconds: 1, worker: { config } });
  });
  afterAll(async () => {
    await jobs.close();
    await t.close();
    await server.close();
  });

  async function analyse(tasks: Record<string, string> = wave1Tasks): Promise<SessionFixture> {
    const { db } = t.database;
    const f = await createSessionFixture(db, 'transcript');
    const analysis: Json = { tasks, model: 'local-test' };
    await db.updateTable('practices').set({ settings: { analysis } }).where('id', '=', f.practiceId).execute();
    await storeDemoTranscript(db, fieldCipherFromConfig(config), f);
    await db
      .transaction()
      .execute((trx) =>
        startPipeline(trx, jobs.queue, { sessionId: f.sessionId, sourceKind: 'transcript', requestId: 'req-llm' }),
      );
    return f;
  }
  const finished = (sessionId: string) =>
    waitFor(async () => {
      const s = await t.database.db.selectFrom('sessions').selectAll().where('id', '=', sessionId).executeTakeFirst();
      return s?.status === 'failed' || s?.status === 'completed' ? s : undefined;
    }, 120_000);

  it('stores the model’s mood and labels over the engine’s measurements, with the model as provider and its costs', async () => {
    const { db } = t.database;
    const f = await analyse();
    expect((await finished(f.sessionId)).status).toBe('completed');

    const rows = await db
      .selectFrom('analyses')
      .select(['kind', 'provider', 'payload', 'key_id'])
      .where('session_id', '=', f.sessionId)
      .execute();
    const wave1 = rows.filter((r) => !['deep_analysis', 'narrative'].includes(r.kind));
    expect(wave1.length).toBeGreaterThan(0);
    expect(wave1.every((r) => r.provider === 'openai:local-test')).toBe(true);
    const open = (kind: string) => {
      const row = rows.find((r) => r.kind === kind)!;
      return openJson<Record<string, unknown>>(fieldCipherFromConfig(config), row.payload, row.key_id);
    };
    expect(open('mood')).toMatchObject({ mood: { score: 2.5, rationale: 'Rated by the test model.' } });
    expect(open('summary')).toMatchObject({ summary: 'Summary written by the test model.' });

    const costs = await db
      .selectFrom('generation_costs')
      .select(['task', 'provider', 'model', 'prompt_version', 'input_tokens'])
      .where('session_id', '=', f.sessionId)
      .where('provider', '=', 'openai')
      .execute();
    expect(costs.map((c) => `${c.task}:${c.model}:${c.prompt_version}`).sort()).toEqual([
      'breakthrough:local-test:breakthrough@v1',
      'mood:local-test:mood@v1',
      'risk:local-test:risk@v1',
      'session_labels:local-test:session-labels@v1',
    ]);
    expect(costs.every((c) => c.input_tokens > 0)).toBe(true);
  });

  it('fails the attempt when the model keeps answering invalid output, and the job’s retry analyses the session', async () => {
    const { db } = t.database;
    broken = true;
    const f = await analyse();
    await waitFor(async () => {
      const retrying = await db
        .selectFrom('pipeline_events')
        .select('payload')
        .where('session_id', '=', f.sessionId)
        .where('type', '=', 'stage.retrying')
        .executeTakeFirst();
      if (retrying) broken = false;
      return retrying;
    }, 60_000);
    expect((await finished(f.sessionId)).status).toBe('completed');
    const types = await db
      .selectFrom('pipeline_events')
      .select(['type', 'stage'])
      .where('session_id', '=', f.sessionId)
      .orderBy('id')
      .execute();
    expect(types.slice(0, 4).map((e) => `${e.type}:${e.stage}`)).toEqual([
      'stage.started:analyze.wave1',
      'stage.retrying:analyze.wave1',
      'stage.started:analyze.wave1',
      'stage.completed:analyze.wave1',
    ]);
  });

  it('fails the session at once, without retries, when the practice mixes the engine and a model in Wave 1', async () => {
    const { db } = t.database;
    const f = await analyse({ mood: 'openai' });
    const done = await finished(f.sessionId);
    expect(done.status).toBe('failed');
    expect(done.error).toBe(
      'Session analysis failed: Wave 1 runs with one kind of provider: the offline engine or a language model, not both',
    );
    const types = await db
      .selectFrom('pipeline_events')
      .select('type')
      .where('session_id', '=', f.sessionId)
      .orderBy('id')
      .execute();
    expect(types.map((e) => e.type)).not.toContain('stage.retrying');
  });
});
