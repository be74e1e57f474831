import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { transcribeAudio, type AudioTranscript } from '../src/index.ts';
import { startFakeOpenAi } from './support/fake-openai.server.ts';
import { generateConversation, type GeneratedAudio } from './support/generate-conversation.ts';
import { tempDir } from './support/temp-dir.ts';

const run = promisify(execFile);
const CHUNK = 40;
const OVERLAP = 10;
let dir: string;
let audio: GeneratedAudio;
let api: Awaited<ReturnType<typeof startFakeOpenAi>>;

beforeAll(async () => {
  dir = await tempDir();
  audio = (await generateConversation(dir)).clean;
  api = await startFakeOpenAi(audio.turns, CHUNK, OVERLAP);
});
afterAll(() => api.close());

const transcribe = (model: string, work: string): Promise<AudioTranscript> =>
  transcribeAudio({
    path: audio.wav,
    asr: 'openai',
    speakers: 2,
    workDir: path.join(dir, work),
    openai: { apiKey: 'test-key', baseURL: api.baseURL, model, chunkSec: CHUNK, overlapSec: OVERLAP },
  });

/** Each reference line must appear exactly once, and all of one voice's lines under one speaker id. */
function expectSpeakersConsistent(t: AudioTranscript): void {
  const speakerOf = new Map<string, string>();
  for (const ref of audio.turns) {
    const holders = t.segments.filter((s) => s.text.includes(ref.text));
    expect(holders, ref.text).toHaveLength(1);
    expect(
      t.segments
        .map((s) => s.text)
        .join(' ')
        .split(ref.text),
    ).toHaveLength(2);
    const known = speakerOf.get(ref.speaker);
    if (known) expect(holders[0]!.speaker, ref.text).toBe(known);
    speakerOf.set(ref.speaker, holders[0]!.speaker);
  }
  expect(speakerOf.get('T')).not.toBe(speakerOf.get('C'));
}

describe('openai speech-to-text against a local OpenAI-compatible server', () => {
  it('sends overlapping mono Opus chunks to gpt-4o-transcribe-diarize and re-maps speakers across chunks', async () => {
    const t = await transcribe('gpt-4o-transcribe-diarize', 'diarize');
    const requests = api.seen.filter((r) => r.model === 'gpt-4o-transcribe-diarize');
    expect(requests.map((r) => r.fileName)).toEqual(['chunk-0.ogg', 'chunk-1.ogg', 'chunk-2.ogg']);
    expect(api.calls()).toBe(4); // the first attempt got 429 and was retried
    for (const r of requests) {
      expect(r).toMatchObject({
        responseFormat: 'diarized_json',
        chunkingStrategy: 'auto',
        authorization: 'Bearer test-key',
      });
      const file = path.join(dir, r.fileName);
      await writeFile(file, r.audio);
      const { stdout } = await run('ffprobe', [
        '-v',
        'error',
        '-show_entries',
        'stream=codec_name,channels:format=duration',
        '-of',
        'json',
        file,
      ]);
      const info = JSON.parse(stdout) as {
        streams: { codec_name: string; channels: number }[];
        format: { duration: string };
      };
      expect(info.streams[0]).toEqual({ codec_name: 'opus', channels: 1 });
      expect(Number(info.format.duration)).toBeLessThanOrEqual(CHUNK + 0.1);
    }
    expectSpeakersConsistent(t);
    expect(t.engine).toMatchObject({
      asr: 'openai',
      asrModel: 'gpt-4o-transcribe-diarize',
      diarization: 'openai-diarize',
    });
    expect(t.speakers.map((s) => s.id).sort()).toEqual(['S1', 'S2']);
  });

  it('uses whisper-1 segment timestamps with the local diarizer', async () => {
    const t = await transcribe('whisper-1', 'whisper-1');
    const requests = api.seen.filter((r) => r.model === 'whisper-1');
    expect(requests).toHaveLength(3);
    expect(requests[0]).toMatchObject({ responseFormat: 'verbose_json', granularity: 'segment' });
    expectSpeakersConsistent(t);
    expect(t.engine.diarization).toBe('mfcc-pitch-kmeans');
  });
});
