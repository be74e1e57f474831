import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorkers } from '../../src/jobs/job-worker.ts';
import { waitFor } from '../support/test-jobs.ts';
import { startApi, type ApiHarness } from './support/api-app.ts';
import { TRANSCRIPT, buildWorld, multipart, type World } from './support/api-world.ts';

interface Speaker {
  id: string;
  role: string;
  roleConfidence: number;
}
interface Analysis {
  kind: string;
  payload: { speakers?: Speaker[]; metrics?: { clientTalkShare: number; therapistTalkShare: number } };
}

// The transcript with diarization ids instead of roles, so the role labeller decides who is who.
const segments = TRANSCRIPT.split('\n').map((line, i) => ({
  start: i * 6,
  end: i * 6 + 5,
  speaker: line.startsWith('Therapist') ? 'SPEAKER_00' : 'SPEAKER_01',
  text: line.replace(/^\w+: /, ''),
}));

describe('PATCH /api/sessions/:id/speakers', () => {
  let h: ApiHarness;
  let w: World;
  let stopWorkers: () => Promise<void>;
  beforeAll(async () => {
    h = await startApi();
    w = await buildWorld(h);
    const workers = await startWorkers(h.jobs.queue, {
      config: h.jobs.config,
      concurrency: 1,
      names: ['analyze.wave1'],
      workerName: 'speaker-roles-test',
      log: pino({ level: 'silent' }),
      listener: h.jobs.listener,
      pollingIntervalSeconds: 0.5,
    });
    stopWorkers = () => workers.stop();
  });
  afterAll(async () => {
    await stopWorkers();
    await h.close();
  });

  const analysed = (id: string, after: Date) =>
    waitFor(async () => {
      const row = await h.testDb.database.db
        .selectFrom('sessions')
        .select(['wave1_at', 'status', 'error'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      if (row.error) throw new Error(row.error);
      return row.wave1_at && row.wave1_at > after ? row : undefined;
    }, 90_000);
  const speakersAnalysis = async (id: string) => {
    const rows = (await w.clinA1.get(`/api/sessions/${id}/analyses`)).json<Analysis[]>();
    const speakers = rows.find((r) => r.kind === 'speakers')?.payload.speakers ?? [];
    const metrics = rows.find((r) => r.kind === 'metrics')?.payload.metrics;
    return { roles: Object.fromEntries(speakers.map((s) => [s.id, s.role])), metrics };
  };

  it('stores the corrected roles and redoes the analysis with them', async () => {
    const id = (
      await w.clinA1.post('/api/sessions', {
        clientId: w.targets.own.clientId,
        sessionDate: '2026-03-09',
        sourceKind: 'transcript',
      })
    ).json<{ id: string }>().id;
    const body = multipart(
      {},
      { name: 's.json', type: 'application/json', bytes: Buffer.from(JSON.stringify({ segments })) },
    );
    expect(
      (await w.clinA1.request({ method: 'POST', url: `/api/sessions/${id}/transcript`, ...body })).statusCode,
    ).toBe(201);
    const first = await analysed(id, new Date(0));
    const before = await speakersAnalysis(id);
    expect(before.roles).toEqual({ SPEAKER_00: 'therapist', SPEAKER_01: 'client' });

    // Say the labeller had it backwards: SPEAKER_00 is the client. With two speakers that swaps them.
    const res = await w.clinA1.patch(`/api/sessions/${id}/speakers`, { speaker: 'SPEAKER_00', role: 'client' });
    expect(res.statusCode).toBe(202);
    expect(res.json<{ speakers: Speaker[] }>().speakers.map((s) => [s.id, s.role, s.roleConfidence])).toEqual([
      ['SPEAKER_00', 'client', 1],
      ['SPEAKER_01', 'therapist', 1],
    ]);
    const transcript = (await w.clinA1.get(`/api/sessions/${id}/transcript`)).json<{ speakers: Speaker[] }>();
    expect(transcript.speakers.find((s) => s.id === 'SPEAKER_00')?.role).toBe('client');

    await analysed(id, first.wave1_at ?? new Date(0));
    const after = await speakersAnalysis(id);
    expect(after.roles).toEqual({ SPEAKER_00: 'client', SPEAKER_01: 'therapist' });
    // Talk shares follow the roles: what was the therapist's share is now the client's.
    expect(after.metrics?.clientTalkShare).toBeCloseTo(before.metrics?.therapistTalkShare ?? -1, 5);

    const audit = await h.testDb.database.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'transcript.speaker_role.correct')
      .where('resource_id', '=', id)
      .execute();
    expect(audit).toHaveLength(1);

    // The same role again changes nothing and queues nothing.
    const same = await w.clinA1.patch(`/api/sessions/${id}/speakers`, { speaker: 'SPEAKER_00', role: 'client' });
    expect(same.statusCode).toBe(200);
    expect(same.json()).toMatchObject({ queued: false });
  });

  it('refuses bad corrections and strangers without changing anything', async () => {
    const { sessionId } = w.targets.own;
    const url = `/api/sessions/${sessionId}/speakers`;
    const stored = async () => (await w.clinA1.get(`/api/sessions/${sessionId}/transcript`)).json();
    const before = await stored();
    const unknown = await w.clinA1.patch(url, { speaker: 'SPEAKER_99', role: 'client' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ error: 'unknown_speaker' });
    expect((await w.clinA1.patch(url, { speaker: 'Client', role: 'boss' })).statusCode).toBe(400);
    const noClient = await w.clinA1.patch(url, { speaker: 'Client', role: 'other' });
    expect(noClient.statusCode).toBe(409);
    expect(noClient.json<{ message: string }>().message).toContain('at least one speaker must be the client');
    expect((await w.clinA2.patch(url, { speaker: 'Client', role: 'therapist' })).statusCode).toBe(404);
    expect((await w.adminB.patch(url, { speaker: 'Client', role: 'therapist' })).statusCode).toBe(404);
    expect((await w.clientUser.patch(url, { speaker: 'Client', role: 'therapist' })).statusCode).toBe(403);
    expect(await stored()).toEqual(before);
  });
});
