import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createLogger, loadConfig, openAppDatabase } from '@insession/server';
import { buildProgram } from '../src/main.ts';

let dataDir: string;
let s2Id: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'insession-costs-'));
  const { database } = await openAppDatabase(loadConfig({ DATA_DIR: dataDir }), createLogger({ LOG_LEVEL: 'silent' }));
  try {
    const db = database.db;
    const practice = await db
      .insertInto('practices')
      .values({ name: 'Costs test' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const clinician = await db
      .insertInto('users')
      .values({ practice_id: practice.id, email: 'c@example.test', name: 'Clinician', role: 'clinician' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const client = await db
      .insertInto('clients')
      .values({ practice_id: practice.id, clinician_id: clinician.id, name: 'Client' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const session = (date: string) =>
      db
        .insertInto('sessions')
        .values({
          practice_id: practice.id,
          client_id: client.id,
          clinician_id: clinician.id,
          session_date: date,
          source_kind: 'transcript',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
    const s1 = await session('2026-01-15');
    s2Id = (await session('2026-02-15')).id;
    const row = (session: string, month: string, cost: string, outcome: 'ok' | 'failed' = 'ok') => ({
      practice_id: practice.id,
      session_id: session,
      client_id: client.id,
      task: 'deep_analysis',
      provider: 'openai',
      model: 'gpt-4.1-mini',
      prompt_version: 'deep-analysis@v1',
      input_tokens: 4000,
      output_tokens: 800,
      cost_usd: cost,
      latency_ms: 900,
      outcome,
      created_at: `2026-${month}-15T10:00:00Z`,
    });
    await db
      .insertInto('generation_costs')
      .values([row(s1.id, '01', '0.00288'), row(s1.id, '01', '0.00100', 'failed'), row(s2Id, '02', '0.00288')])
      .execute();
  } finally {
    await database.close();
  }
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

async function run(...args: string[]): Promise<string> {
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  try {
    await buildProgram().parseAsync(['node', 'insession', 'costs', '--data-dir', dataDir, ...args]);
    return out.mock.calls.map((c) => String(c[0])).join('');
  } finally {
    out.mockRestore();
  }
}

describe('insession costs', () => {
  it('prints calls, tokens and USD per month with a total', async () => {
    const text = await run();
    expect(text).toMatch(/^month\s+calls\s+failed\s+input tok\s+output tok\s+USD$/m);
    expect(text).toMatch(/^2026-01\s+2\s+1\s+8000\s+1600\s+0\.0039$/m);
    expect(text).toMatch(/^2026-02\s+1\s+0\s+4000\s+800\s+0\.0029$/m);
    expect(text).toMatch(/^total\s+3\s+1\s+12000\s+2400\s+0\.0068$/m);
  });

  it('groups per session as JSON, and filters by date', async () => {
    const rows = JSON.parse(await run('--by', 'session', '--json', '--since', '2026-02-01')) as {
      key: string;
      calls: number;
    }[];
    expect(rows).toEqual([
      expect.objectContaining({ key: s2Id, calls: 1 }),
      expect.objectContaining({ key: 'total', calls: 1 }),
    ]);
  });
});
