/** A turn as read from the input, before times are completed and roles resolved. */
export interface RawSegment {
  start?: number;
  end?: number;
  speaker: string;
  text: string;
}

/** Collapses whitespace and strips markup left over from caption and document formats. */
export function cleanText(text: string): string {
  return text
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
