import type { AudioSegment, AudioTranscript } from '../transcript.types.ts';

/** Output formats for a finished transcript. */
export const transcriptExportFormats = ['txt', 'srt', 'vtt', 'json'] as const;
export type TranscriptExportFormat = (typeof transcriptExportFormats)[number];

/** Renders a transcript as plain text, SubRip, WebVTT (with voice tags) or JSON. */
export function formatTranscript(t: AudioTranscript, format: TranscriptExportFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(t, null, 2)}\n`;
    case 'txt':
      return (
        t.segments.map((s) => `[${clock(s.start, '.').slice(0, 8)}] ${label(s)}: ${s.text}`.trimEnd()).join('\n') + '\n'
      );
    case 'srt':
      return t.segments
        .map(
          (s, i) =>
            `${i + 1}\n${clock(s.start, ',')} --> ${clock(s.end, ',')}\n${`${label(s)}: ${s.text}`.trimEnd()}\n`,
        )
        .join('\n');
    case 'vtt':
      return `WEBVTT\n\n${t.segments
        .map((s) => `${clock(s.start, '.')} --> ${clock(s.end, '.')}\n<v ${label(s)}>${escapeVtt(s.text)}\n`)
        .join('\n')}`;
  }
}

const label = (s: AudioSegment): string => (s.role === 'other' ? s.speaker : `${capitalise(s.role)} (${s.speaker})`);
const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const escapeVtt = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** HH:MM:SS,mmm (SRT) or HH:MM:SS.mmm (WebVTT). */
function clock(sec: number, sep: ',' | '.'): string {
  const ms = Math.round(sec * 1000);
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}${sep}${pad(ms % 1000, 3)}`;
}
