import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { seededRandom } from '../../src/diarize/kmeans.ts';
import { conversationScript } from './conversation.script.ts';
import { writeWav } from './wav-file.ts';

const run = promisify(execFile);
const RATE = 16_000;
// Two clearly different espeak-ng voices: a low male therapist and a high female client.
const VOICES = {
  T: ['-v', 'en-us+m3', '-p', '30', '-s', '150'],
  C: ['-v', 'en-us+f4', '-p', '80', '-s', '165'],
} as const;
const GAPS = [0.6, 0.9, 0.5, 1.1, 0.7];

/** A reference speaker turn (what the RTTM file says). */
export interface RefTurn {
  start: number;
  end: number;
  speaker: 'T' | 'C';
  text: string;
}

/** One generated variant: the WAV file, its RTTM file and the reference turns. */
export interface GeneratedAudio {
  wav: string;
  rttm: string;
  turns: RefTurn[];
  durationSec: number;
}

export type Variant = 'clean' | 'noisy' | 'overlap';

/**
 * Synthesises the scripted conversation with espeak-ng, trims each utterance with sox, and lays the utterances out
 * with fixed gaps: 'clean', 'noisy' (white noise at 15 dB SNR) and 'overlap' (every fourth turn starts 0.6 s
 * before the previous one ends). Deterministic: same script, same voices, seeded noise.
 */
export async function generateConversation(
  dir: string,
  variants: Variant[] = ['clean'],
): Promise<Record<Variant, GeneratedAudio>> {
  const utterances = await Promise.all(
    conversationScript.map((line, i) => synthesise(dir, i, line.speaker, line.text)),
  );
  const out = {} as Record<Variant, GeneratedAudio>;
  for (const variant of variants) {
    const turns: RefTurn[] = [];
    let cursor = 0.5;
    utterances.forEach((u, i) => {
      const line = conversationScript[i]!;
      const start = variant === 'overlap' && i % 4 === 3 ? Math.max(0, cursor - GAPS[i % GAPS.length]! - 0.6) : cursor;
      turns.push({ start, end: start + u.length / RATE, speaker: line.speaker, text: line.text });
      cursor = Math.max(cursor, start + u.length / RATE + GAPS[i % GAPS.length]!);
    });
    const samples = new Float32Array(Math.ceil((cursor + 0.5) * RATE));
    turns.forEach((t, i) => {
      const u = utterances[i]!;
      const at = Math.round(t.start * RATE);
      for (let j = 0; j < u.length; j++) samples[at + j]! += u[j]!;
    });
    if (variant === 'noisy') addNoise(samples, turns, 15);
    const wav = path.join(dir, `conversation-${variant}.wav`);
    const rttm = path.join(dir, `conversation-${variant}.rttm`);
    await writeWav(wav, samples, RATE);
    await writeFile(rttm, toRttm(`conversation-${variant}`, turns));
    out[variant] = { wav, rttm, turns, durationSec: samples.length / RATE };
  }
  return out;
}

async function synthesise(dir: string, i: number, speaker: 'T' | 'C', text: string): Promise<Float32Array> {
  const raw = path.join(dir, `utt-${i}.wav`);
  const trimmed = path.join(dir, `utt-${i}.s16`);
  await run('espeak-ng', [...VOICES[speaker], '-w', raw, text]);
  // Trim leading and trailing silence so the RTTM times are the speech itself.
  await run('sox', [
    raw,
    '-r',
    String(RATE),
    '-c',
    '1',
    '-b',
    '16',
    '-e',
    'signed',
    '-t',
    'raw',
    trimmed,
    'silence',
    '1',
    '0.02',
    '0.5%',
    'reverse',
    'silence',
    '1',
    '0.02',
    '0.5%',
    'reverse',
    'gain',
    '-n',
    '-3',
  ]);
  const buf = await readFile(trimmed);
  const out = new Float32Array(buf.length / 2);
  for (let j = 0; j < out.length; j++) out[j] = buf.readInt16LE(j * 2) / 32768;
  return out;
}

function addNoise(samples: Float32Array, turns: RefTurn[], snrDb: number): void {
  let energy = 0;
  let count = 0;
  for (const t of turns) {
    for (let j = Math.round(t.start * RATE); j < Math.round(t.end * RATE); j++) {
      energy += samples[j]! ** 2;
      count += 1;
    }
  }
  const sd = Math.sqrt(energy / Math.max(1, count) / 10 ** (snrDb / 10));
  const rand = seededRandom(42);
  for (let j = 0; j < samples.length; j += 2) {
    // Box–Muller: two Gaussian samples per pair of uniforms.
    const r = Math.sqrt(-2 * Math.log(rand() + 1e-12));
    const a = 2 * Math.PI * rand();
    samples[j]! += sd * r * Math.cos(a);
    if (j + 1 < samples.length) samples[j + 1]! += sd * r * Math.sin(a);
  }
}

/** RTTM lines (NIST format) for reference turns. */
export function toRttm(file: string, turns: RefTurn[]): string {
  return turns
    .map(
      (t) => `SPEAKER ${file} 1 ${t.start.toFixed(3)} ${(t.end - t.start).toFixed(3)} <NA> <NA> ${t.speaker} <NA> <NA>`,
    )
    .join('\n')
    .concat('\n');
}
