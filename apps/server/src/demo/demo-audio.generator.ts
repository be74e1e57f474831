import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

// Two clearly different espeak-ng voices so diarization has two speakers to separate.
const voices = {
  therapist: ['-v', 'en-us+m3', '-s', '160', '-p', '40'],
  client: ['-v', 'en-gb+f3', '-s', '170', '-p', '60'],
} as const;

/** Turns between speakers get a natural pause; the audio pipeline's VAD relies on it. */
const PAUSE_SECONDS = 0.7;

/**
 * Speaks a `Therapist: …` / `Client: …` transcript with two synthetic voices and returns a 16 kHz mono WAV.
 * Generated at seed time (espeak-ng + sox), so no binary audio is kept in the repository.
 */
export async function synthesizeDemoAudio(transcript: string): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'insession-demo-audio-'));
  try {
    const parts: string[] = [];
    const lines = transcript.split('\n').map((l) => /^(Therapist|Client):\s*(.+)$/.exec(l.trim()));
    for (const [i, m] of lines.entries()) {
      if (!m) continue;
      const role = m[1] === 'Therapist' ? 'therapist' : 'client';
      const file = join(dir, `${String(i).padStart(4, '0')}.wav`);
      await run('espeak-ng', [...voices[role], '-w', file, m[2] ?? '']);
      parts.push(file);
    }
    if (parts.length === 0) throw new Error('The demo audio transcript has no Therapist:/Client: lines.');
    const pause = join(dir, 'pause.wav');
    await run('sox', ['-n', '-r', '22050', '-c', '1', '-b', '16', pause, 'trim', '0', String(PAUSE_SECONDS)]);
    const joined = parts.flatMap((p) => [p, pause]);
    const out = join(dir, 'session.wav');
    await run('sox', [...joined, '-r', '16000', '-c', '1', '-b', '16', out]);
    return await readFile(out);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
