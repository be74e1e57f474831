import type { TranscriptFormat } from '../contracts/transcript.contract.ts';
import { TranscriptError } from './transcript-error.ts';

const extensionFormats: Record<string, TranscriptFormat> = {
  json: 'json',
  txt: 'text',
  text: 'text',
  md: 'text',
  vtt: 'vtt',
  srt: 'srt',
  docx: 'docx',
  pdf: 'pdf',
};

const startsWith = (bytes: Uint8Array, sig: number[]): boolean => sig.every((b, i) => bytes[i] === b);

/** Decides the input format from the bytes first (magic numbers, text shape), the file name second. */
export function sniffFormat(bytes: Uint8Array, filename: string, mimeType?: string): TranscriptFormat {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf'; // %PDF
  const ext = filename.toLowerCase().split('.').pop() ?? '';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (ext === 'docx' || mimeType?.includes('wordprocessingml')) return 'docx';
    // Other zip containers (xlsx, odt, plain zip) are not transcripts; a .docx is the only zip we read.
    return ext === 'zip' || ext === 'xlsx' || ext === 'odt' ? unsupported(filename) : 'docx';
  }
  const byExt = extensionFormats[ext];
  // Named as a document but without its signature: a damaged or renamed file, not an unknown format.
  if (byExt === 'docx' || byExt === 'pdf') {
    throw new TranscriptError(
      'unreadable',
      `${filename} is named .${ext} but is not a valid ${ext.toUpperCase()} file.`,
    );
  }
  const head = bytes.subarray(0, 4096);
  if (head.includes(0)) return unsupported(filename);
  const text = new TextDecoder('utf-8')
    .decode(head)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (text.startsWith('WEBVTT')) return 'vtt';
  if (/^\d+\s*\r?\n\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->/.test(text)) return 'srt';
  if (text.startsWith('{') || text.startsWith('[{') || /^\[\s*[{\]]/.test(text)) return 'json';
  if (byExt === 'json') return 'json';
  return 'text';
}

function unsupported(filename: string): never {
  throw new TranscriptError(
    'unsupported_type',
    `${filename} is not a transcript format Insession reads (JSON, plain text, WebVTT, SRT, DOCX or PDF).`,
  );
}
