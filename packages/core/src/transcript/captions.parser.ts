import { parseClock } from './text.parser.ts';
import { cleanText, type RawSegment } from './raw-segment.ts';

const cueTiming = /((?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3})\s*-->\s*((?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3})/;
const voiceTag = /^<v(?:\.[\w.-]+)?\s+([^>]+)>/;
const namePrefix = /^([A-Za-z][\w .'’()-]{0,39}?)\s*:\s+(.*)$/s;

/** WebVTT and SRT: cues with `<v Name>` voices or `Name:` prefixes; unlabelled cues continue the previous speaker. */
export function parseCaptions(text: string): RawSegment[] {
  const out: RawSegment[] = [];
  for (const block of text.replace(/\r/g, '').split(/\n\s*\n/)) {
    const lines = block.split('\n');
    const timingIdx = lines.findIndex((l) => cueTiming.test(l));
    if (timingIdx < 0) continue;
    const timing = cueTiming.exec(lines[timingIdx] ?? '');
    if (!timing?.[1] || !timing[2]) continue;
    const start = parseClock(timing[1]);
    const end = parseClock(timing[2]);
    const body = lines
      .slice(timingIdx + 1)
      .join('\n')
      .trim();
    if (!body) continue;
    let speaker: string | undefined;
    let content = body;
    const voice = voiceTag.exec(body);
    if (voice?.[1]) {
      speaker = voice[1].trim();
      content = body.slice(voice[0].length);
    } else {
      const named = namePrefix.exec(body);
      if (named?.[1] && named[1].split(/\s+/).length <= 4) {
        speaker = named[1].trim();
        content = named[2] ?? '';
      }
    }
    const clean = cleanText(content);
    if (!clean) continue;
    const last = out.at(-1);
    if (!speaker && last) {
      last.text = `${last.text} ${clean}`;
      last.end = end;
      continue;
    }
    out.push({ start, end, speaker: speaker ?? 'unknown', text: clean });
  }
  return out;
}
