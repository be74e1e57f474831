import type { ExtractedPage } from './page-extractor.ts';

// Under this many characters of readable text a page with scripts is probably an empty app shell.
const THIN_TEXT_CHARS = 200;

/** Whether a page fetched over plain HTTP needs a real browser to show its text, with the reason. */
export function needsRendering(page: ExtractedPage): { render: boolean; reason: string } {
  if (page.scriptCount === 0) return { render: false, reason: 'no scripts' };
  if (page.emptyAppRoot) return { render: true, reason: 'empty app root element' };
  // Many text-rich sites carry a boilerplate <noscript>; it only counts when the text is short too.
  if (page.noscriptHint && page.text.length < 5 * THIN_TEXT_CHARS)
    return { render: true, reason: 'noscript asks for JavaScript' };
  if (page.text.length < THIN_TEXT_CHARS) return { render: true, reason: `only ${page.text.length} chars without JS` };
  return { render: false, reason: 'enough text without JS' };
}
