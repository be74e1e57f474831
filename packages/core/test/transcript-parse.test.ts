import { describe, expect, it } from 'vitest';
import { parseTranscript, TranscriptError, type TranscriptErrorCode } from '../src/index.ts';
import { makeDocx, makePdf } from './support/make-documents.ts';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const lines = [
  'Therapist: Welcome back. How has your week been since we last met?',
  'Client: Honestly pretty rough. I have been anxious about work and barely sleeping.',
  'Therapist: It sounds like the worry has been following you home at night.',
];

async function expectError(
  input: Parameters<typeof parseTranscript>[0],
  code: TranscriptErrorCode,
  message: RegExp,
  maxBytes?: number,
) {
  const err = await parseTranscript(input, maxBytes ? { maxBytes } : {}).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(TranscriptError);
  expect((err as TranscriptError).code).toBe(code);
  expect((err as TranscriptError).message).toMatch(message);
}

describe('parseTranscript', () => {
  it('reads JSON segments with diarization ids and resolves roles from how people talk', async () => {
    const segments = [
      { start: 0, end: 5, speaker: 'SPEAKER_00', text: 'I keep lying awake going over every email I did not answer.' },
      {
        start: 5,
        end: 9,
        speaker: 'SPEAKER_01',
        text: 'It sounds like work follows you home. What goes through your mind then?',
      },
      { start: 9, end: 15, speaker: 'SPEAKER_00', text: 'That I am going to get fired and that I am not good enough.' },
    ];
    const t = await parseTranscript({ bytes: enc(JSON.stringify({ segments })), filename: 'session.json' });
    expect(t.format).toBe('json');
    expect(t.timesEstimated).toBe(false);
    expect(t.segments).toHaveLength(3);
    const therapist = t.speakers.find((s) => s.role === 'therapist');
    expect(therapist?.id).toBe('SPEAKER_01');
    expect(therapist?.roleConfidence).toBeLessThan(1);
    expect(t.speakers.find((s) => s.id === 'SPEAKER_00')).toMatchObject({ role: 'client', words: 26, talkSeconds: 11 });
  });

  it('reads a bare JSON array with role names (counselor/patient synonyms) and estimates missing times', async () => {
    const segs = [
      { speaker: 'Counselor', text: 'What would you like to focus on today?' },
      { speaker: 'PATIENT', text: 'My drinking, mostly. It has crept up again over the holidays.' },
    ];
    const t = await parseTranscript({ bytes: enc(JSON.stringify(segs)), filename: 'x.json' });
    expect(t.timesEstimated).toBe(true);
    expect(t.speakers.map((s) => [s.id, s.role, s.roleConfidence])).toEqual([
      ['Counselor', 'therapist', 1],
      ['PATIENT', 'client', 1],
    ]);
    // 8 words at 150 words per minute = 3.2 s.
    expect(t.segments[0]).toMatchObject({ start: 0, end: 3.2 });
    expect(t.segments[1]?.start).toBe(3.2);
  });

  it('reads plain text with [mm:ss] stamps and joins continuation lines to the turn', async () => {
    const text = `[00:05] ${lines[0]}\n[00:12] ${lines[1]}\nAnd my sister is visiting.\n[01:02] ${lines[2]}\n`;
    const t = await parseTranscript({ bytes: enc(text), filename: 'notes.txt' });
    expect(t.format).toBe('text');
    expect(t.segments.map((s) => s.start)).toEqual([5, 12, 62]);
    expect(t.segments[1]?.end).toBe(62);
    expect(t.segments[1]?.text).toMatch(/barely sleeping\. And my sister is visiting\.$/);
  });

  it('reads WebVTT voices and SRT name prefixes', async () => {
    const vtt = `WEBVTT\n\n00:00:01.000 --> 00:00:04.500\n<v Dr Lee>How are things at home?</v>\n\n00:00:05.000 --> 00:00:09.000\n<v Sam>Tense. My dad and I argue every night.</v>\n`;
    const v = await parseTranscript({ bytes: enc(vtt), filename: 'a.vtt' });
    expect(v.format).toBe('vtt');
    expect(v.segments.map((s) => [s.speaker, s.start, s.end])).toEqual([
      ['Dr Lee', 1, 4.5],
      ['Sam', 5, 9],
    ]);
    const srt = `1\n00:00:01,000 --> 00:00:03,000\nTherapist: What brings you in?\n\n2\n00:00:03,500 --> 00:00:08,000\nClient: I have been having panic attacks on the train.\n`;
    const s = await parseTranscript({ bytes: enc(srt), filename: 'a.txt' });
    expect(s.format).toBe('srt');
    expect(s.segments[1]).toMatchObject({
      speaker: 'Client',
      start: 3.5,
      text: 'I have been having panic attacks on the train.',
    });
  });

  it('extracts DOCX and PDF transcripts, sniffing the type from the bytes', async () => {
    const docx = await parseTranscript({ bytes: await makeDocx(lines), filename: 'upload.bin' });
    expect(docx.format).toBe('docx');
    expect(docx.segments.map((s) => s.speaker)).toEqual(['Therapist', 'Client', 'Therapist']);
    const pdf = await parseTranscript({ bytes: makePdf(lines), filename: 'session.pdf' });
    expect(pdf.format).toBe('pdf');
    expect(pdf.segments[1]?.text).toBe('Honestly pretty rough. I have been anxious about work and barely sleeping.');
  });

  it('names the problem for bad input', async () => {
    await expectError({ bytes: new Uint8Array(), filename: 'e.txt' }, 'empty', /e\.txt is empty/);
    await expectError(
      { bytes: enc('Client: only me here.\nClient: still me.'), filename: 'o.txt' },
      'one_speaker',
      /only one speaker/,
    );
    await expectError(
      { bytes: enc('just some words without any speaker labels'), filename: 'n.txt' },
      'no_text',
      /no transcript text/,
    );
    await expectError({ bytes: enc('{"segments": [oops'), filename: 'b.json' }, 'unreadable', /not valid JSON/);
    await expectError({ bytes: enc('PK\u0003\u0004garbage'), filename: 'c.docx' }, 'unreadable', /Word document/);
    await expectError({ bytes: enc('%PDF-1.4 broken'), filename: 'c.pdf' }, 'unreadable', /PDF/);
    await expectError(
      { bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), filename: 'p.png' },
      'unsupported_type',
      /not a transcript format/,
    );
    await expectError(
      { bytes: new Uint8Array([0x13, 0x37, 0, 0xff, 0x42]), filename: 'notes.docx' },
      'unreadable',
      /notes\.docx is named \.docx but is not a valid DOCX file/,
    );
    await expectError({ bytes: enc(lines.join('\n')), filename: 'big.txt' }, 'too_large', /limit/, 50);
  });
});

describe('audio pipeline exports', () => {
  it('reads "Role (S1):" labels from insession transcribe text and SRT exports', async () => {
    const txt =
      '[00:00:01] Therapist (S2): What brings you in today?\n[00:00:04] Client (S1): My sleep has been awful since the move.\n';
    const t = await parseTranscript({ bytes: enc(txt), filename: 'x.txt' });
    expect(t.speakers.map((s) => [s.id, s.role, s.roleConfidence])).toEqual([
      ['Therapist (S2)', 'therapist', 1],
      ['Client (S1)', 'client', 1],
    ]);
  });
});
