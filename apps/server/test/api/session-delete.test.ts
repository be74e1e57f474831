import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type ApiHarness } from './support/api-app.ts';
import { uploadRecording, writeCheckpoint } from './support/stored-audio.ts';
import { ApiUser } from './support/api-user.ts';
import { tinyWav } from './support/api-world.ts';

// Deleting a session takes its audio off the disk too: the recording once no other session of the practice uses
// the same (content-addressed) file, and the transcription checkpoints (decoded audio) always.
describe('DELETE /api/sessions/:id (stored files)', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await startApi();
  });
  afterAll(() => h.close());

  it("removes the session's checkpoints, and its recording once the last session using it is gone", async () => {
    const admin = await ApiUser.signUp(h.app, 'del@example.org');
    const client = (await admin.post('/api/clients', { name: 'D' })).json<{ id: string }>();
    const stored: { id: string; work: string; file: string }[] = [];
    for (const sessionDate of ['2026-04-01', '2026-04-08']) {
      const id = (await admin.post('/api/sessions', { clientId: client.id, sessionDate })).json<{ id: string }>().id;
      const file = await uploadRecording(h, admin, id, tinyWav());
      const work = await writeCheckpoint(h, id);
      stored.push({ id, work, file });
    }
    const [first, second] = stored as [(typeof stored)[number], (typeof stored)[number]];
    // The same bytes for both sessions: one file on disk (storage is content-addressed per practice).
    expect(second.file).toBe(first.file);
    const { file } = first;

    expect((await admin.delete(`/api/sessions/${first.id}`)).statusCode).toBe(204);
    expect(existsSync(first.work)).toBe(false);
    expect(existsSync(file)).toBe(true);
    expect(existsSync(second.work)).toBe(true);
    const play = await admin.get(`/api/sessions/${second.id}/audio`);
    expect(play.statusCode).toBe(200);
    expect(play.rawPayload.equals(tinyWav())).toBe(true);

    expect((await admin.delete(`/api/sessions/${second.id}`)).statusCode).toBe(204);
    expect(existsSync(file)).toBe(false);
    expect(existsSync(second.work)).toBe(false);
    expect((await admin.get(`/api/sessions/${second.id}/audio`)).statusCode).toBe(404);
  });
});
