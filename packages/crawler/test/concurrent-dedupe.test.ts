import { topicTaxonomy } from '@insession/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawl, MemoryCrawlStore, type StoredPage } from '../src/index.ts';
import { startLocalSite, type LocalSite } from './support/local-site.ts';
import { ROBOTS_TXT } from './support/site-content.ts';

// A database answers slowly: a read sees the state when it ran, and the answer arrives later. Without care two
// workers recording the same text both see "no page with this text yet".
const late = async <T>(value: T): Promise<T> => {
  await new Promise((r) => setTimeout(r, 100));
  return value;
};
class SlowStore extends MemoryCrawlStore {
  override async getPage(url: string): Promise<StoredPage | undefined> {
    return late(await super.getPage(url));
  }
  override async findPageByHash(hash: string): Promise<StoredPage | undefined> {
    return late(await super.findPageByHash(hash));
  }
}

describe('dedupe with parallel workers and a slow store', () => {
  let site: LocalSite;
  beforeAll(async () => {
    site = await startLocalSite({}, ROBOTS_TXT.replace(/^Crawl-delay:.*$/m, ''));
  });
  afterAll(() => site.close());

  it('stores the same text fetched at the same time under two URLs once', async () => {
    const store = new SlowStore();
    const summary = await crawl(
      {
        sources: [{ url: `${site.origin}/breathing` }, { url: `${site.origin}/copy/breathing` }],
        depth: 0,
        rate: 200,
        render: 'never',
        concurrency: 2,
      },
      { store, taxonomy: topicTaxonomy },
    );
    expect(summary.byStatus).toEqual({ new: 1, duplicate: 1 });
    expect(await store.listPages()).toHaveLength(1);
  });
});
