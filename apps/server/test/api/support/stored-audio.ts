import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'vitest';
import type { ApiHarness } from './api-app.ts';
import type { ApiUser } from './api-user.ts';
import { multipart } from './api-world.ts';

type Dirs = Pick<ApiHarness, 'filesDir' | 'workDir'>;

/** Uploads a recording with consent; returns its path on disk (one file per content within a practice). */
export async function uploadRecording(h: Dirs, user: ApiUser, sessionId: string, bytes: Buffer): Promise<string> {
  const res = await user.request({
    method: 'POST',
    url: `/api/sessions/${sessionId}/audio`,
    ...multipart({ consent: 'true' }, { name: 'a.wav', type: 'audio/wav', bytes }),
  });
  expect(res.statusCode, res.body).toBe(201);
  const file = path.join(h.filesDir, user.practiceId, `${res.json<{ sha256: string }>().sha256}.wav`);
  expect(existsSync(file)).toBe(true);
  return file;
}

/** A transcription checkpoint as the transcribe stage leaves it (decoded audio of one chunk); returns its folder. */
export async function writeCheckpoint(h: Dirs, sessionId: string): Promise<string> {
  const dir = path.join(h.workDir, sessionId);
  await mkdir(path.join(dir, 'analysis'), { recursive: true });
  await writeFile(path.join(dir, 'analysis', 'chunk-00000.f32'), Buffer.alloc(64));
  return dir;
}
