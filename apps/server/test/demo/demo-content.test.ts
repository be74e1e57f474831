import { readFile } from 'node:fs/promises';
import { parseTranscript } from '@insession/core';
import { describe, expect, it } from 'vitest';
import { demoClients, demoSessionDate } from '../../src/demo/content/demo-practice.content.ts';
import { synthesizeDemoAudio } from '../../src/demo/demo-audio.generator.ts';
import { seedDemoContent, type DemoSeedPorts } from '../../src/demo/demo-content.seeder.ts';

const contentDir = new URL('../../src/demo/content/', import.meta.url);
const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;

describe('demo practice content', () => {
  it('has one 12-session course and two short courses, one in alcohol counselling', () => {
    expect(demoClients.map((c) => c.sessions.length)).toEqual([12, 4, 3]);
    expect(demoClients.some((c) => /alcohol/i.test(c.presentingConcern))).toBe(true);
    expect(demoClients.flatMap((c) => c.sessions).filter((s) => s.asAudio)).toHaveLength(1);
  });

  it('gives every session a transcript of 500–1,200 words with a therapist and a client', async () => {
    for (const s of demoClients.flatMap((c) => c.sessions)) {
      const bytes = await readFile(new URL(s.file, contentDir));
      const n = words(bytes.toString('utf8'));
      expect(n, s.file).toBeGreaterThanOrEqual(500);
      expect(n, s.file).toBeLessThanOrEqual(1200);
      const t = await parseTranscript({ bytes, filename: s.file });
      expect(t.speakers.map((sp) => sp.role).sort(), s.file).toEqual(['client', 'therapist']);
    }
  });

  it('dates each client’s sessions on distinct days, at least a week apart', () => {
    const seedDay = new Date('2026-03-10T12:00:00Z');
    for (const c of demoClients) {
      const days = c.sessions.map((s) => demoSessionDate(seedDay, s.weeksAgo).getTime()).sort((a, b) => a - b);
      for (let i = 1; i < days.length; i++)
        expect((days[i] ?? 0) - (days[i - 1] ?? 0)).toBeGreaterThanOrEqual(7 * 864e5);
      expect(Math.max(...days)).toBeLessThan(seedDay.getTime());
    }
  });
});

describe('demo seeder', () => {
  it('uploads every session oldest first through the ports, the audio one as generated speech', async () => {
    const calls: { kind: string; clientId: string; sessionDate: string; filename: string; head: string }[] = [];
    let n = 0;
    const ports: DemoSeedPorts = {
      createClient: async ({ name }) => ({ id: `client:${name}` }),
      uploadTranscript: async (i) => {
        calls.push({ kind: 'transcript', ...i, head: i.bytes.subarray(0, 10).toString('utf8') });
        return { id: `s${n++}` };
      },
      uploadAudio: async (i) => {
        calls.push({ kind: 'audio', ...i, head: i.bytes.subarray(0, 4).toString('latin1') });
        return { id: `s${n++}` };
      },
    };
    const seeded = await seedDemoContent(ports, new Date('2026-03-10T12:00:00Z'));
    expect(seeded.map((c) => c.sessionIds.length)).toEqual([12, 4, 3]);
    expect(calls).toHaveLength(19);
    const maya = calls.filter((c) => c.clientId === 'client:Maya Brennan');
    expect(maya.map((c) => c.sessionDate)).toEqual([...maya.map((c) => c.sessionDate)].sort());
    expect(maya[0]?.head).toBe('Therapist:');
    const audio = calls.filter((c) => c.kind === 'audio');
    expect(audio.map((c) => [c.filename, c.head])).toEqual([['priya-03.wav', 'RIFF']]);
  }, 60_000);

  it('speaks a transcript with two voices into a 16 kHz mono WAV', async () => {
    const wav = await synthesizeDemoAudio('Therapist: How are you today?\nClient: Better than last week, thanks.');
    expect(wav.subarray(0, 4).toString('latin1')).toBe('RIFF');
    expect(wav.readUInt16LE(22)).toBe(1); // channels
    expect(wav.readUInt32LE(24)).toBe(16000); // sample rate
    expect(wav.length).toBeGreaterThan(16000 * 2); // more than one second of speech
  });
});
