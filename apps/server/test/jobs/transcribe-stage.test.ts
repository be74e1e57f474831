import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig, type Config } from '../../src/config/config.ts';
import { fieldCipherFromConfig } from '../../src/config/field-cipher.ts';
import { synthesizeDemoAudio } from '../../src/demo/demo-audio.generator.ts';
import { startPipeline } from '../../src/jobs/pipeline-start.ts';
import { ClinicalContentRepository } from '../../src/repositories/clinical-content.repository.ts';
import { EventRepository } from '../../src/repositories/event.repository.ts';
import { EventHub, type SseFrame } from '../../src/services/events/event-hub.ts';
import { createSessionFixture, type SessionFixture } from '../support/session-fixture.ts';
import { createTestDb, type TestDb } from '../support/test-db.ts';
import { startTestJobs, waitFor, type TestJobs } from '../support/test-jobs.ts';

// The transcribe stage over real files: unusable audio fails the session at once, a transcription reports its
// steps as progress events that SSE forwards, and a finished one leaves no checkpoints behind. Speech-to-text is
// `none`, so no speech model is needed.
describe('transcribe stage', () => {
  let t: TestDb;
  let jobs: TestJobs;
  let dataDir: string;
  let config: Config;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'insession-transcribe-'));
    t = await createTestDb();
    config = parseConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, ASR_ENGINE: 'none' });
    // Two retries with a 1 s delay: a retried permanent failure would show up as stage.retrying events.
    jobs = await startTestJobs(t.database, { retryLimit: 2, retryDelaySeconds: 1, worker: { config } });
  });
  afterAll(async () => {
    await jobs.close();
    await t.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const upload = async (bytes: Buffer): Promise<SessionFixture> => {
    const { db } = t.database;
    const f = await createSessionFixture(db, 'audio');
    const storagePath = path.join(f.practiceId, `${f.sessionId}.wav`);
    await mkdir(path.join(config.filesDir, f.practiceId), { recursive: true });
    await writeFile(path.join(config.filesDir, storagePath), bytes);
    await db
      .insertInto('media_files')
      .values({
        practice_id: f.practiceId,
        session_id: f.sessionId,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        size_bytes: bytes.length,
        mime_type: 'audio/wav',
        storage_path: storagePath,
      })
      .execute();
    await db
      .transaction()
      .execute((trx) =>
        startPipeline(trx, jobs.queue, { sessionId: f.sessionId, sourceKind: 'audio', requestId: 'req-audio' }),
      );
    return f;
  };
  const settled = (id: string) =>
    waitFor(async () => {
      const s = await t.database.db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      return s.status === 'failed' || s.status === 'completed' ? s : undefined;
    }, 120_000);
  const events = (sessionId: string) =>
    t.database.db
      .selectFrom('pipeline_events')
      .select(['type', 'stage', 'payload'])
      .where('session_id', '=', sessionId)
      .orderBy('id')
      .execute();

  it('fails a corrupt recording at once with a readable reason, after one attempt, keeping the upload', async () => {
    const f = await upload(Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4000, 0x5a)]));
    const s = await settled(f.sessionId);
    expect(s.status).toBe('failed');
    expect(s.error).toMatch(/^Transcription failed: The audio file could not be read: it is damaged or not audio \(/);
    const types = (await events(f.sessionId)).map((e) => e.type).filter((type) => type !== 'stage.progress');
    expect(types).toEqual(['stage.started', 'session.failed']);
    // The session shows the failure just before the job itself is marked done.
    const rows = await waitFor(async () => {
      const { rows } = (await jobs.queue.boss
        .getDb()
        .executeSql(
          `SELECT state::text AS state, retry_count FROM ${jobs.queue.schema}.job WHERE name = 'transcribe'`,
          [],
        )) as { rows: { state: string; retry_count: number }[] };
      return rows.some((r) => r.state === 'active') ? undefined : rows;
    });
    expect(rows).toEqual([{ state: 'completed', retry_count: 0 }]);
    const media = await t.database.db
      .selectFrom('media_files')
      .select('deleted_at')
      .where('session_id', '=', f.sessionId)
      .executeTakeFirstOrThrow();
    expect(media.deleted_at).toBeNull();
  });

  it('stores progress events, speaker turns without words, and fails analysis with the reason', async () => {
    const wav = await synthesizeDemoAudio(
      [
        'Therapist: Welcome back. How has your week been since we last met?',
        'Client: It was a hard week. I did not sleep well and I felt tired at work.',
        'Therapist: That sounds difficult. What helped you get through the days?',
        'Client: Walking in the evening helped a little, and talking to my sister.',
      ].join('\n'),
    );
    const f = await upload(wav);
    const s = await settled(f.sessionId);
    expect(s.transcribed_at).toBeInstanceOf(Date);
    expect(s.status).toBe('failed');
    expect(s.error).toBe(
      'Session analysis failed: the transcript has speaker turns but no words, because speech-to-text is off ' +
        '(ASR_ENGINE=none); set ASR_ENGINE to pocketsphinx, whisper or openai to analyse recordings',
    );

    const all = await events(f.sessionId);
    const progress = all.filter((e) => e.type === 'stage.progress');
    const steps = progress.map((e) => (e.payload as { step: string }).step);
    expect(new Set(steps)).toEqual(new Set(['probe', 'analyse', 'diarize', 'asr', 'align']));
    for (const e of progress) {
      expect(e.stage).toBe('transcribe');
      expect(e.payload).toMatchObject({ stage: 'transcribe', fraction: expect.any(Number) });
    }
    // Throttled: a short file announces each step, not every chunk.
    expect(progress.length).toBeLessThanOrEqual(15);
    const types = all.map((e) => e.type).filter((type) => type !== 'stage.progress');
    expect(types).toEqual(['stage.started', 'stage.completed', 'stage.started', 'session.failed']);

    const stored = await new ClinicalContentRepository(t.database.db, fieldCipherFromConfig(config)).transcript(
      f.sessionId,
    );
    expect(stored?.segments.length).toBeGreaterThanOrEqual(2);
    expect(stored?.segments.every((seg) => seg.text === '')).toBe(true);
    expect(new Set(stored?.segments.map((seg) => seg.speaker)).size).toBe(2);
    // With the transcript stored, the checkpoints (decoded audio) leave the disk; the stage wrote them under workDir.
    expect(existsSync(config.workDir)).toBe(true);
    await waitFor(async () => !existsSync(path.join(config.workDir, f.sessionId)));

    // SSE frames of progress events carry the session and how far it got.
    const hub = new EventHub(t.database, jobs.listener, new EventRepository(t.database.db));
    const frames: SseFrame[] = [];
    const actor = {
      userId: f.clinicianId,
      practiceId: f.practiceId,
      role: 'clinician' as const,
      email: 'c@example.org',
      name: 'C',
      via: 'token' as const,
      isDemo: false,
    };
    const disconnect = await hub.connect(
      actor,
      0,
      (frame) => frames.push(frame),
      () => undefined,
    );
    disconnect();
    await hub.close();
    const progressFrame = frames.find((fr) => fr.type === 'stage.progress');
    expect(progressFrame?.data).toMatchObject({
      session: { id: f.sessionId },
      progress: { stage: 'transcribe', step: 'probe' },
    });
  });
});
