// Decides the audio container from the first bytes, never from the file name or the client's Content-Type,
// so a renamed executable or HTML file cannot be stored as "audio".
export type AudioType = 'audio/wav' | 'audio/mpeg' | 'audio/ogg' | 'audio/flac' | 'audio/mp4' | 'audio/webm';

/** Bytes needed to recognise every supported container. */
export const SNIFF_BYTES = 16;

export function sniffAudioType(head: Uint8Array): AudioType | undefined {
  const ascii = (start: number, end: number): string => String.fromCharCode(...head.subarray(start, end));
  if (head.length < 12) return undefined;
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WAVE') return 'audio/wav';
  if (ascii(0, 4) === 'OggS') return 'audio/ogg';
  if (ascii(0, 4) === 'fLaC') return 'audio/flac';
  if (ascii(4, 8) === 'ftyp') return 'audio/mp4';
  if (head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3) return 'audio/webm';
  if (ascii(0, 3) === 'ID3') return 'audio/mpeg';
  // MPEG audio frame sync: 11 set bits, layer bits not "reserved".
  const b0 = head[0] ?? 0;
  const b1 = head[1] ?? 0;
  if (b0 === 0xff && (b1 & 0xe0) === 0xe0 && (b1 & 0x06) !== 0) return 'audio/mpeg';
  return undefined;
}
