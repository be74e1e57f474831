import { describe, expect, it } from 'vitest';
import { planChunks } from '../src/asr/chunk-plan.ts';
import { mergeDiarizedChunks } from '../src/asr/speaker-remap.ts';

describe('chunk plan', () => {
  it('covers the whole recording with overlapping chunks no longer than the limit', () => {
    expect(planChunks(3000, 1400, 10)).toEqual([
      { index: 0, start: 0, end: 1400 },
      { index: 1, start: 1390, end: 2790 },
      { index: 2, start: 2780, end: 3000 },
    ]);
    expect(planChunks(600, 1400, 10)).toEqual([{ index: 0, start: 0, end: 600 }]);
  });
});

describe('speaker re-mapping across chunks', () => {
  const spans = planChunks(50, 30, 10); // [0,30) and [20,50)

  it('matches swapped chunk-local labels through the overlap and keeps each line once', () => {
    const merged = mergeDiarizedChunks([
      {
        span: spans[0]!,
        pieces: [
          { start: 2, end: 10, text: 'one', speaker: 'A' },
          { start: 12, end: 21, text: 'two', speaker: 'B' },
          { start: 22, end: 28, text: 'three', speaker: 'A' },
        ],
      },
      {
        span: spans[1]!,
        pieces: [
          { start: 20, end: 21, text: 'two', speaker: 'A' },
          { start: 22, end: 28, text: 'three', speaker: 'B' },
          { start: 31, end: 40, text: 'four', speaker: 'A' },
          { start: 41, end: 48, text: 'five', speaker: 'B' },
        ],
      },
    ]);
    expect(merged.map((p) => `${p.text}:${p.speaker}`)).toEqual([
      'one:spk1',
      'two:spk2',
      'three:spk1',
      'four:spk2',
      'five:spk1',
    ]);
  });

  it('gives a voice first heard in a later chunk a new speaker', () => {
    const merged = mergeDiarizedChunks([
      { span: spans[0]!, pieces: [{ start: 18, end: 29, text: 'a', speaker: 'A' }] },
      {
        span: spans[1]!,
        pieces: [
          { start: 20, end: 29, text: 'a', speaker: 'B' },
          { start: 35, end: 40, text: 'new voice', speaker: 'A' },
        ],
      },
    ]);
    expect(merged.map((p) => `${p.text}:${p.speaker}`)).toEqual(['a:spk1', 'new voice:spk2']);
  });
});
