import type { Segment, Transcript, TranscriptFormat } from '../contracts/transcript.contract.ts';
import { labelRoles } from '../roles/role-labeller.ts';
import { parseCaptions } from './captions.parser.ts';
import { extractDocxText, extractPdfText } from './document.extractor.ts';
import { completeTimes } from './estimate-times.ts';
import { parseJsonTranscript } from './json.parser.ts';
import type { RawSegment } from './raw-segment.ts';
import { sniffFormat } from './sniff-format.ts';
import { parsePlainText } from './text.parser.ts';
import { TranscriptError } from './transcript-error.ts';

export interface TranscriptInput {
  bytes: Uint8Array;
  filename: string;
  mimeType?: string;
}

export interface ParseOptions {
  /** Largest accepted file in bytes (default 20 MB). */
  maxBytes?: number;
}

/** Default upper bound on transcript files: generous for a 3-hour session in any format. */
export const DEFAULT_MAX_TRANSCRIPT_BYTES = 20 * 1024 * 1024;

/**
 * Reads a transcript (JSON, plain text, WebVTT, SRT, DOCX, PDF), completes times, resolves roles.
 * Throws TranscriptError naming the problem when the input can't be used.
 */
export async function parseTranscript(input: TranscriptInput, options: ParseOptions = {}): Promise<Transcript> {
  const { bytes, filename } = input;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_TRANSCRIPT_BYTES;
  if (bytes.byteLength === 0) throw new TranscriptError('empty', `${filename} is empty.`);
  if (bytes.byteLength > maxBytes) {
    const mb = (n: number): string => (n / 1024 / 1024).toFixed(1);
    throw new TranscriptError(
      'too_large',
      `${filename} is ${mb(bytes.byteLength)} MB; the limit is ${mb(maxBytes)} MB.`,
    );
  }
  const format = sniffFormat(bytes, filename, input.mimeType);
  const raw = await readSegments(format, bytes, filename);
  if (raw.length === 0) {
    throw new TranscriptError('no_text', `${filename} contains no transcript text (no speaker turns were found).`);
  }
  const ordered = raw.every((s) => s.start !== undefined)
    ? [...raw].sort((a, b) => (a.start ?? 0) - (b.start ?? 0))
    : raw;
  const { segments: timed, estimated } = completeTimes(ordered);
  const segments: Segment[] = timed.map((s) => ({ start: s.start, end: s.end, speaker: s.speaker, text: s.text }));
  const speakerIds = new Set(segments.map((s) => s.speaker));
  if (speakerIds.size < 2) {
    throw new TranscriptError(
      'one_speaker',
      `${filename} has only one speaker (${[...speakerIds][0] ?? 'unknown'}); a session needs the therapist and the client, e.g. "Therapist: ..." and "Client: ..." lines.`,
    );
  }
  return { segments, speakers: labelRoles(segments), timesEstimated: estimated, format, filename };
}

async function readSegments(format: TranscriptFormat, bytes: Uint8Array, filename: string): Promise<RawSegment[]> {
  switch (format) {
    case 'json':
      return parseJsonTranscript(decode(bytes, filename), filename);
    case 'vtt':
    case 'srt':
      return parseCaptions(decode(bytes, filename));
    case 'text':
      return parsePlainText(decode(bytes, filename));
    case 'docx':
      return parsePlainText(await extractDocxText(bytes, filename));
    case 'pdf':
      return parsePlainText(await extractPdfText(bytes, filename));
  }
}

function decode(bytes: Uint8Array, filename: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new TranscriptError('unreadable', `${filename} is not UTF-8 text.`);
  }
}
