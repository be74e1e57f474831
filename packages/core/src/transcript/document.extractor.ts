import { TranscriptError } from './transcript-error.ts';

/** Extracts the raw text of a DOCX file (paragraphs become lines). */
export async function extractDocxText(bytes: Uint8Array, filename: string): Promise<string> {
  const mammoth = await import('mammoth');
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    return result.value;
  } catch (err) {
    throw new TranscriptError('unreadable', `${filename} could not be read as a Word document (${describe(err)}).`);
  }
}

/** Extracts the text of a PDF, one line per text line, using pdf.js without a worker or network. */
export async function extractPdfText(bytes: Uint8Array, filename: string): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  try {
    const doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      useWorkerFetch: false,
      isEvalSupported: false,
      disableFontFace: true,
      verbosity: 0,
    }).promise;
    const lines: string[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      let line = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        line += item.str;
        if (item.hasEOL) {
          lines.push(line);
          line = '';
        }
      }
      if (line) lines.push(line);
    }
    await doc.destroy();
    return lines.join('\n');
  } catch (err) {
    throw new TranscriptError('unreadable', `${filename} could not be read as a PDF (${describe(err)}).`);
  }
}

const describe = (err: unknown): string => (err instanceof Error ? err.message : String(err));
