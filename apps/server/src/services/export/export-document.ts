/**
 * A printable record: parts (a cover, a session, ...) that each start on a new page, made of titled sections of
 * paragraphs and bullet lists, optionally followed by a transcript. One PDF renderer prints every export.
 */
export interface ExportDocument {
  /** Shown in the PDF's document properties. */
  title: string;
  filename: string;
  parts: ExportPart[];
}
export interface ExportPart {
  title: string;
  subtitle: string;
  sections: ExportSection[];
  transcript: TranscriptLine[];
}
export interface ExportSection {
  heading: string;
  paragraphs: string[];
  bullets: string[];
}
export interface TranscriptLine {
  time: string;
  role: string;
  text: string;
}

export const section = (heading: string, paragraphs: string[], bullets: string[] = []): ExportSection => ({
  heading,
  paragraphs: paragraphs.filter((p) => p.trim() !== ''),
  bullets,
});

/** Sections with nothing in them are left out rather than printed as bare headings. */
export const nonEmpty = (sections: (ExportSection | null)[]): ExportSection[] =>
  sections.filter((s): s is ExportSection => s !== null && (s.paragraphs.length > 0 || s.bullets.length > 0));

/** A timestamp as the reader's calendar date (UTC), e.g. 2026-01-05. */
export const isoDate = (d: Date): string => d.toISOString().slice(0, 10);

/** A timestamp to the minute, e.g. 2026-01-05 14:30 UTC. */
export const isoMinute = (d: Date): string => `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
