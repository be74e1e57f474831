import { describe, expect, it } from 'vitest';
import { alignPieces } from '../src/align/align-pieces.ts';
import { formatTranscript, type AudioTranscript } from '../src/index.ts';
import { speechRegions } from '../src/vad/speech-regions.ts';

describe('speech regions from VAD probabilities', () => {
  it('bridges short dips, drops blips shorter than 250 ms and pads the edges', () => {
    const probs = [
      ...Array<number>(10).fill(0),
      ...Array<number>(20).fill(0.9), // 0.32 s .. 0.96 s speech
      ...Array<number>(2).fill(0.1), // 64 ms dip: bridged
      ...Array<number>(20).fill(0.9),
      ...Array<number>(30).fill(0),
      ...Array<number>(3).fill(0.9), // 96 ms blip: dropped
      ...Array<number>(30).fill(0),
    ];
    const regions = speechRegions(probs);
    expect(regions).toHaveLength(1);
    expect(regions[0]!.start).toBeCloseTo(0.29, 2);
    expect(regions[0]!.end).toBeCloseTo(1.694, 2);
  });
});

describe('aligning recognised text to speaker turns', () => {
  const turns = [
    { start: 0, end: 4, speaker: 'S1' },
    { start: 5, end: 9, speaker: 'S2' },
  ];

  it('puts each word in the turn it overlaps most, and stray words in the nearest turn', () => {
    const aligned = alignPieces(turns, [
      { start: 0.5, end: 1, text: 'hello' },
      { start: 3.8, end: 5.4, text: 'there' }, // overlaps S1 by 0.2 s and S2 by 0.4 s
      { start: 9.5, end: 10, text: 'bye' }, // after every turn
    ]);
    expect(aligned.map((t) => t.text)).toEqual(['hello', 'there bye']);
  });
});

describe('transcript export', () => {
  const t: AudioTranscript = {
    segments: [
      { start: 0.5, end: 3.25, speaker: 'S1', role: 'therapist', text: 'How are you?' },
      { start: 3661.5, end: 3662, speaker: 'S2', role: 'client', text: 'Fine <mostly>' },
    ],
    speakers: [],
    durationSec: 3662,
    engine: { asr: 'none', diarization: 'mfcc-pitch-kmeans', vad: 'silero-vad' },
    timings: {},
    warnings: [],
  };

  it('writes SubRip, WebVTT with voice tags, and plain text', () => {
    expect(formatTranscript(t, 'srt')).toBe(
      '1\n00:00:00,500 --> 00:00:03,250\nTherapist (S1): How are you?\n\n2\n01:01:01,500 --> 01:01:02,000\nClient (S2): Fine <mostly>\n',
    );
    expect(formatTranscript(t, 'vtt')).toBe(
      'WEBVTT\n\n00:00:00.500 --> 00:00:03.250\n<v Therapist (S1)>How are you?\n\n01:01:01.500 --> 01:01:02.000\n<v Client (S2)>Fine &lt;mostly&gt;\n',
    );
    expect(formatTranscript(t, 'txt')).toBe(
      '[00:00:00] Therapist (S1): How are you?\n[01:01:01] Client (S2): Fine <mostly>\n',
    );
    expect(JSON.parse(formatTranscript(t, 'json'))).toEqual(t);
  });
});
