import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import TurndownService from 'turndown';
import { normalizeUrl } from '../fetch/url-scope.ts';
import { guessLanguage } from './language-guess.ts';

/** The readable content of one HTML page plus what the crawler needs to follow it. */
export interface ExtractedPage {
  title: string;
  /** Primary language subtag ("en", "es") from the page or header, else guessed from the text; "und" if unsure. */
  language: string;
  canonicalUrl: string;
  markdown: string;
  /** Plain readable text (what hashing, tagging and rendering detection look at). */
  text: string;
  links: string[];
  /** Signals that the page builds its text with JavaScript. */
  scriptCount: number;
  noscriptHint: boolean;
  emptyAppRoot: boolean;
  /** Contents of `<meta name="robots">` and `<meta name="InsessionBot">`. */
  robotsMeta: string[];
}

const turndown = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-' });

/** Parses HTML (scripts not run) into title, language, canonical URL, links and a Markdown readable copy. */
export function extractPage(html: string, url: string, contentLanguage?: string): ExtractedPage {
  // A silent console: broken CSS or markup on third-party pages is not our error to print.
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  const doc = dom.window.document;
  try {
    const canonicalHref = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href');
    const canonicalUrl = (canonicalHref ? normalizeUrl(canonicalHref, url) : undefined) ?? url;
    const links = [...doc.querySelectorAll('a[href]')]
      .filter((a) => !/\bnofollow\b/i.test(a.getAttribute('rel') ?? ''))
      .map((a) => normalizeUrl(a.getAttribute('href') ?? '', url))
      .filter((u): u is string => u !== undefined);
    const lang = doc.documentElement.getAttribute('lang') ?? contentLanguage?.split(',')[0] ?? '';
    const scriptCount = doc.querySelectorAll('script').length;
    const noscriptHint = [...doc.querySelectorAll('noscript')].some((n) => /javascript/i.test(n.textContent ?? ''));
    const root = doc.querySelector('#root, #app, #__next, [data-reactroot]');
    const emptyAppRoot = root !== null && (root.textContent ?? '').trim() === '';
    const robotsMeta = [...doc.querySelectorAll('meta[name]')]
      .filter((m) => /^(robots|insessionbot)$/i.test(m.getAttribute('name') ?? ''))
      .map((m) => m.getAttribute('content') ?? '');
    const fallbackTitle = doc.title.trim();
    // Readability rewrites the document, so everything above is read first.
    const article = new Readability(doc, { charThreshold: 100 }).parse();
    const contentHtml = article?.content ?? doc.body?.innerHTML ?? '';
    const text = normalizeText(article?.textContent ?? doc.body?.textContent ?? '');
    return {
      title: (article?.title ?? '').trim() || fallbackTitle || canonicalUrl,
      language: primaryLanguage(lang) === 'und' ? guessLanguage(text) : primaryLanguage(lang),
      canonicalUrl,
      markdown: text === '' ? '' : turndown.turndown(contentHtml).trim(),
      text,
      links: [...new Set(links)],
      scriptCount,
      noscriptHint,
      emptyAppRoot,
      robotsMeta,
    };
  } finally {
    dom.window.close();
  }
}

function normalizeText(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function primaryLanguage(tag: string): string {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return /^[a-z]{2,3}$/.test(primary) ? primary : 'und';
}
