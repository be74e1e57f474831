import { BOT_TOKEN } from '../crawl-options.ts';

/** Page-level robots rules: `noindex` = do not keep a copy, `nofollow` = do not follow its links. */
export interface PageDirectives {
  noindex: boolean;
  nofollow: boolean;
}

/**
 * Combines `<meta name="robots|InsessionBot">` contents and the X-Robots-Tag header. Header parts prefixed with
 * another bot's name ("otherbot: noindex") do not apply to us.
 */
export function pageDirectives(metaContents: string[], header: string | undefined): PageDirectives {
  const tokens: string[] = [];
  for (const m of metaContents) tokens.push(...m.toLowerCase().split(','));
  for (const part of (header ?? '').toLowerCase().split(/,(?=\s*[a-z-]+\s*:)/)) {
    const scoped = /^\s*([a-z0-9_-]+)\s*:\s*(.*)$/.exec(part);
    const isDirective = scoped && /^(noindex|nofollow|none|all|index|follow|noarchive)/.test(scoped[1] ?? '');
    if (scoped && !isDirective && scoped[1] !== BOT_TOKEN.toLowerCase()) continue;
    tokens.push(...(scoped && !isDirective ? (scoped[2] ?? '') : part).split(','));
  }
  const has = (t: string): boolean => tokens.some((x) => x.trim() === t);
  return { noindex: has('noindex') || has('none'), nofollow: has('nofollow') || has('none') };
}
