import { describe, expect, it } from 'vitest';
import { parseByteRange } from '../../src/routes/byte-range.ts';

describe('parseByteRange', () => {
  it('reads explicit, open-ended and suffix ranges, clamping the end to the file', () => {
    expect(parseByteRange('bytes=0-99', 1000)).toEqual({ start: 0, end: 99 });
    expect(parseByteRange('bytes=900-', 1000)).toEqual({ start: 900, end: 999 });
    expect(parseByteRange('bytes=990-5000', 1000)).toEqual({ start: 990, end: 999 });
    expect(parseByteRange('bytes=-100', 1000)).toEqual({ start: 900, end: 999 });
    expect(parseByteRange('bytes=-5000', 1000)).toEqual({ start: 0, end: 999 });
  });

  it('sends the whole file for no, malformed or multi-range headers, and refuses ranges past the end', () => {
    for (const ignored of [undefined, 'bytes=-', 'items=0-1', 'bytes=0-1,5-9', 'bytes=50-10', 'bytes=abc']) {
      expect(parseByteRange(ignored, 1000)).toBeUndefined();
    }
    expect(parseByteRange('bytes=1000-', 1000)).toBe('unsatisfiable');
    expect(parseByteRange('bytes=-0', 1000)).toBe('unsatisfiable');
  });
});
