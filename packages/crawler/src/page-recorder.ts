import type { ExtractedPage } from './extract/page-extractor.ts';
import { contentHash } from './extract/content-hash.ts';
import type { TopicTagger } from './extract/topic-tagger.ts';
import type { CrawlStore, FrontierEntry, StoredPage } from './store/crawl-store.ts';

/** How a fetched page related to what the store already had. */
export type PageStatus = 'new' | 'changed' | 'unchanged' | 'duplicate' | 'empty';

export interface RecordInput {
  entry: FrontierEntry;
  /** URL the content was served from (after redirects). */
  finalUrl: string;
  page: ExtractedPage;
  rendered: boolean;
  runId: string;
  /** The canonical URL to key by (the page's own, unless it points out of scope). */
  canonicalUrl: string;
}

/** Stores one extracted page with content-hash dedupe and change detection; returns what it was and its key. */
export async function recordPage(
  store: CrawlStore,
  tagger: TopicTagger,
  input: RecordInput,
): Promise<{ status: PageStatus; pageUrl?: string }> {
  const { page, runId, canonicalUrl } = input;
  if (page.text === '') return { status: 'empty' };
  const now = new Date().toISOString();
  const hash = contentHash(page.text);
  const aliasesOf = (p: Pick<StoredPage, 'aliases' | 'canonicalUrl'>): string[] =>
    [...new Set([...p.aliases, input.entry.url, input.finalUrl])].filter((u) => u !== p.canonicalUrl);

  const sameKey = await store.getPage(canonicalUrl);
  const sameHash = sameKey?.contentHash === hash ? sameKey : await store.findPageByHash(hash);
  // Seen already in this run (another URL, same canonical or same text): collapse into it.
  if (sameHash && (sameHash.lastRunId === runId || sameHash.canonicalUrl !== canonicalUrl)) {
    await store.savePage({ ...sameHash, aliases: aliasesOf(sameHash) });
    return { status: 'duplicate', pageUrl: sameHash.canonicalUrl };
  }
  const fields = {
    canonicalUrl,
    source: input.entry.source,
    title: page.title,
    language: page.language,
    tags: tagger.tag(page.title, page.text),
    markdown: page.markdown,
    contentHash: hash,
    rendered: input.rendered,
    lastRunId: runId,
    fetchedAt: now,
  };
  if (!sameKey) {
    const aliases = aliasesOf({ aliases: [], canonicalUrl });
    await store.savePage({ ...fields, aliases, firstSeenAt: now, changedAt: now, version: 1 });
    return { status: 'new', pageUrl: canonicalUrl };
  }
  const changed = sameKey.contentHash !== hash;
  await store.savePage({
    ...sameKey,
    ...fields,
    aliases: aliasesOf(sameKey),
    changedAt: changed ? now : sameKey.changedAt,
    version: changed ? sameKey.version + 1 : sameKey.version,
  });
  return { status: changed ? 'changed' : 'unchanged', pageUrl: canonicalUrl };
}
