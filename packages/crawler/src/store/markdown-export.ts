import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { StoredPage } from './crawl-store.ts';

/** A file name for a page: host and path, lower-case, safe on every file system. */
export function pageFileName(canonicalUrl: string): string {
  const u = new URL(canonicalUrl);
  const slug = `${u.hostname}${u.pathname}${u.search}`
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);
  return `${slug || 'page'}.md`;
}

/** Writes each page as Markdown with a front-matter header (URL, title, language, tags, hash) plus an index.json. */
export async function exportPages(pages: StoredPage[], dir: string): Promise<string[]> {
  const pagesDir = path.join(dir, 'pages');
  await mkdir(pagesDir, { recursive: true });
  const files: string[] = [];
  for (const p of pages) {
    const file = path.join(pagesDir, pageFileName(p.canonicalUrl));
    const header = [
      '---',
      `url: ${JSON.stringify(p.canonicalUrl)}`,
      `title: ${JSON.stringify(p.title)}`,
      `language: ${p.language}`,
      `tags: [${p.tags.map((t) => t.id).join(', ')}]`,
      `aliases: ${JSON.stringify(p.aliases)}`,
      `rendered: ${p.rendered}`,
      `content_hash: ${p.contentHash}`,
      `fetched_at: ${p.fetchedAt}`,
      `changed_at: ${p.changedAt}`,
      '---',
      '',
    ].join('\n');
    await writeFile(file, `${header}# ${p.title}\n\n${p.markdown}\n`);
    files.push(file);
  }
  const index = pages.map(({ markdown: _markdown, ...meta }) => ({
    ...meta,
    file: `pages/${pageFileName(meta.canonicalUrl)}`,
  }));
  await writeFile(path.join(dir, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
  return files;
}
