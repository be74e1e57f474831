import { cleanText, type RawSegment } from './raw-segment.ts';

// "[12:34] Therapist: text", "12:34 Client: text", "(01:02:03) Dr Lee: text", "Client: text".
const turnLine =
  /^\s*(?:[[(]?\s*((?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d+)?)\s*[\])]?\s*[-–—]?\s*)?([A-Za-z][\w .'’()-]{0,39}?)\s*:\s+(.*)$/;
const timeOnly = /^\s*[[(]?\s*((?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d+)?)\s*[\])]?\s*$/;

/** Parses `hh:mm:ss`, `mm:ss` or `ss.mmm` into seconds. */
export function parseClock(value: string): number {
  const parts = value.replace(',', '.').split(':').map(Number);
  return parts.reduce((acc, p) => acc * 60 + p, 0);
}

/** Plain text with one turn per line (`Role: text`, optional `[mm:ss]`); unprefixed lines continue the turn. */
export function parsePlainText(text: string): RawSegment[] {
  const out: RawSegment[] = [];
  let pendingTime: number | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const stamp = timeOnly.exec(line);
    if (stamp?.[1]) {
      pendingTime = parseClock(stamp[1]);
      continue;
    }
    const m = turnLine.exec(line);
    const name = m?.[2]?.trim();
    if (m && name && name.split(/\s+/).length <= 4 && !/^(https?|note|ps)$/i.test(name)) {
      const body = cleanText(m[3] ?? '');
      const start = m[1] ? parseClock(m[1]) : pendingTime;
      pendingTime = undefined;
      out.push({ speaker: name, text: body, ...(start !== undefined ? { start } : {}) });
      continue;
    }
    const last = out.at(-1);
    if (last) last.text = cleanText(`${last.text} ${line}`);
  }
  return out.filter((s) => s.text.length > 0);
}
