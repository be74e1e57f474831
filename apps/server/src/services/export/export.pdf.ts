import PDFDocument from 'pdfkit';
import type { ExportDocument, ExportPart } from './export-document.ts';

// The built-in PDF fonts (Helvetica) encode WinAnsi only. Accented letters outside it lose their accent and
// anything else becomes "?", rather than printing as a wrong glyph; a bundled Unicode font is not worth its size.
const WIN_ANSI_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
function printable(text: string): string {
  return [...text.normalize('NFC')]
    .map((ch) => {
      const code = ch.codePointAt(0) ?? 0;
      if ((code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.includes(ch)) return ch;
      if (ch === '\n' || ch === '\t') return ' ';
      const base = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
      return base !== ch && /^[\x20-\x7e]+$/.test(base) ? base : '?';
    })
    .join('');
}

/** Renders the export as an A4 PDF with selectable text: each part from a new page, its transcript on pages of its own. */
export function renderExportPdf(doc: ExportDocument): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: printable(doc.title), Creator: 'Insession' },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  doc.parts.forEach((part, i) => {
    if (i > 0) pdf.addPage();
    writePart(pdf, part);
  });
  pdf.end();
  return done;
}

function writePart(pdf: PDFKit.PDFDocument, part: ExportPart): void {
  pdf.font('Helvetica-Bold').fontSize(18).text(printable(part.title));
  pdf.font('Helvetica').fontSize(11).fillColor('#444444').text(printable(part.subtitle)).fillColor('black');
  for (const s of part.sections) {
    pdf.moveDown(0.8).font('Helvetica-Bold').fontSize(13).text(printable(s.heading));
    pdf.font('Helvetica').fontSize(10.5);
    for (const p of s.paragraphs) pdf.moveDown(0.3).text(printable(p), { align: 'left' });
    if (s.bullets.length > 0) pdf.moveDown(0.3).list(s.bullets.map(printable), { bulletRadius: 1.5, textIndent: 12 });
  }
  if (part.transcript.length === 0) return;
  pdf
    .addPage()
    .font('Helvetica-Bold')
    .fontSize(13)
    .text(`Transcript: ${printable(part.title)}`);
  for (const line of part.transcript) {
    pdf
      .moveDown(0.25)
      .font('Helvetica-Bold')
      .fontSize(9.5)
      .text(printable(`[${line.time}] ${line.role}: `), { continued: true });
    pdf.font('Helvetica').text(printable(line.text));
  }
}
