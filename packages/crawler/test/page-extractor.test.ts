import { describe, expect, it } from 'vitest';
import { contentHash, extractPage, needsRendering, normalizeUrl, pageDirectives, sourcesDue } from '../src/index.ts';

describe('extractPage', () => {
  const html = `<!doctype html><html lang="pt-BR"><head><title>Respiração | Clínica</title>
<link rel="canonical" href="/respiracao?utm_source=x"></head><body><nav><a href="/">Início</a></nav>
<article><h1>Respiração quadrada</h1><p>${'Inspire contando até quatro, segure, expire contando até quatro. '.repeat(5)}</p>
<h2>Quando usar</h2><p>Antes de dormir ou numa crise de ansiedade. <a href="/crise#topo">Linhas de crise</a>
<a rel="nofollow" href="/login">Entrar</a></p></article></body></html>`;

  it('reads title, primary language, canonical URL, Markdown and followable links', () => {
    const p = extractPage(html, 'https://clinic.example/print/respiracao');
    expect(p.title).toBe('Respiração | Clínica');
    expect(p.language).toBe('pt');
    expect(p.canonicalUrl).toBe('https://clinic.example/respiracao');
    expect(p.markdown).toContain('## Quando usar');
    expect(p.markdown).toContain('[Linhas de crise](https://clinic.example/crise#topo)');
    expect(p.links).toEqual(['https://clinic.example/', 'https://clinic.example/crise']);
    expect(needsRendering(p).render).toBe(false);
  });

  it('flags an empty app shell for rendering', () => {
    const shell = extractPage(
      '<html><body><div id="root"></div><script src="/app.js"></script></body></html>',
      'https://x.example/',
    );
    expect(needsRendering(shell)).toEqual({ render: true, reason: 'empty app root element' });
  });

  it('normalises URLs and hashes text independent of whitespace and case', () => {
    expect(normalizeUrl('HTTPS://Example.org:443/a?b=2&utm_medium=x&a=1#frag')).toBe('https://example.org/a?a=1&b=2');
    expect(normalizeUrl('mailto:someone@example.org')).toBeUndefined();
    expect(contentHash('Calm  Breathing\n')).toBe(contentHash('calm breathing'));
  });
});

describe('re-crawl schedule', () => {
  it('is due for never-crawled sources and after the interval', () => {
    const state = {
      source: 'https://a.example/',
      lastRunId: 'r',
      lastCrawledAt: '2026-11-01T00:00:00Z',
      pages: 3,
      changed: 0,
    };
    const states = new Map([[state.source, state]]);
    const sources = ['https://a.example/', 'https://b.example/'];
    expect(sourcesDue(sources, states, 24 * 7, new Date('2026-11-07T23:00:00Z'))).toEqual(['https://b.example/']);
    expect(sourcesDue(sources, states, 24 * 7, new Date('2026-11-08T00:00:00Z'))).toEqual(sources);
  });
});

describe('pageDirectives', () => {
  it('reads meta robots and the X-Robots-Tag lines meant for all bots or for InsessionBot', () => {
    expect(pageDirectives(['NOINDEX'], undefined)).toEqual({ noindex: true, nofollow: false });
    expect(pageDirectives([], 'none')).toEqual({ noindex: true, nofollow: true });
    expect(pageDirectives([], 'otherbot: noindex, nofollow')).toEqual({ noindex: false, nofollow: false });
    expect(pageDirectives([], 'otherbot: noindex, InsessionBot: nofollow')).toEqual({ noindex: false, nofollow: true });
    expect(pageDirectives(['index, follow'], 'noarchive')).toEqual({ noindex: false, nofollow: false });
  });
});

describe('language without a lang attribute', () => {
  const page = (text: string): string =>
    `<html><head><title>T</title></head><body><article><p>${text}</p></article></body></html>`;
  it('is guessed from the text when clear, and left "und" otherwise', () => {
    const es =
      'Si no puedes dormir, levántate de la cama y haz algo tranquilo en otra habitación. Evita el café por la tarde y las pantallas antes de acostarte, y mantén el dormitorio oscuro para que el cuerpo aprenda que la cama es para dormir.';
    const en =
      'If you cannot sleep, get up and do something calm in another room. Avoid coffee in the afternoon and screens before bed, and keep the bedroom dark so that your body learns that the bed is for sleep and that you can rest.';
    expect(extractPage(page(es), 'https://x.example/a').language).toBe('es');
    expect(extractPage(page(en), 'https://x.example/b').language).toBe('en');
    expect(
      extractPage(
        page('Kiitos paljon, hyvää päivänjatkoa ja näkemiin taas ensi viikolla. '.repeat(3)),
        'https://x.example/c',
      ).language,
    ).toBe('und');
  });
});
