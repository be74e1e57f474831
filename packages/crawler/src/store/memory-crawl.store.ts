import type { CrawlRun, CrawlStore, FrontierEntry, SourceState, StoredPage, VisitRecord } from './crawl-store.ts';

/** The serialisable state of a store (what the JSON-file store writes). */
export interface CrawlStoreSnapshot {
  run?: CrawlRun;
  pending: FrontierEntry[];
  claimed: FrontierEntry[];
  visits: VisitRecord[];
  pages: StoredPage[];
  sources: SourceState[];
}

/** Crawl state in memory: for tests, and the base of the JSON-file store. */
export class MemoryCrawlStore implements CrawlStore {
  protected run: CrawlRun | undefined;
  protected pending: FrontierEntry[] = [];
  private readonly queued = new Set<string>();
  protected claimed = new Map<string, FrontierEntry>();
  protected visits = new Map<string, VisitRecord>();
  protected pages = new Map<string, StoredPage>();
  protected sources = new Map<string, SourceState>();

  constructor(snapshot?: CrawlStoreSnapshot) {
    if (!snapshot) return;
    this.run = snapshot.run;
    this.pending = [...snapshot.pending];
    for (const e of snapshot.pending) this.queued.add(e.url);
    for (const e of snapshot.claimed) this.claimed.set(e.url, e);
    for (const v of snapshot.visits) this.visits.set(v.url, v);
    for (const p of snapshot.pages) this.pages.set(p.canonicalUrl, p);
    for (const s of snapshot.sources) this.sources.set(s.source, s);
  }

  /** A copy of the whole state. */
  snapshot(): CrawlStoreSnapshot {
    return { ...this.frontierSnapshot(), pages: [...this.pages.values()] };
  }

  /** Everything but the pages (the part that changes on every URL). */
  protected frontierSnapshot(): Omit<CrawlStoreSnapshot, 'pages'> {
    return {
      ...(this.run ? { run: { ...this.run } } : {}),
      pending: [...this.pending],
      claimed: [...this.claimed.values()],
      visits: [...this.visits.values()],
      sources: [...this.sources.values()],
    };
  }

  async getRun(): Promise<CrawlRun | undefined> {
    return this.run ? { ...this.run } : undefined;
  }
  async saveRun(run: CrawlRun): Promise<void> {
    this.run = { ...run };
  }
  async resetFrontier(): Promise<void> {
    this.pending = [];
    this.queued.clear();
    this.claimed.clear();
    this.visits.clear();
  }
  async enqueue(entries: FrontierEntry[]): Promise<number> {
    let added = 0;
    for (const e of entries) {
      if (this.visits.has(e.url) || this.claimed.has(e.url) || this.queued.has(e.url)) continue;
      this.pending.push(e);
      this.queued.add(e.url);
      added++;
    }
    return added;
  }
  async claim(): Promise<FrontierEntry | undefined> {
    const next = this.pending.shift();
    if (next) {
      this.queued.delete(next.url);
      this.claimed.set(next.url, next);
    }
    return next;
  }
  async finish(entry: FrontierEntry, record: VisitRecord): Promise<void> {
    this.claimed.delete(entry.url);
    this.visits.set(entry.url, record);
  }
  async releaseClaims(): Promise<number> {
    const back = [...this.claimed.values()];
    this.claimed.clear();
    this.pending.unshift(...back);
    for (const e of back) this.queued.add(e.url);
    return back.length;
  }
  async listVisits(): Promise<VisitRecord[]> {
    return [...this.visits.values()];
  }
  async getPage(canonicalUrl: string): Promise<StoredPage | undefined> {
    return this.pages.get(canonicalUrl);
  }
  async findPageByHash(contentHash: string): Promise<StoredPage | undefined> {
    return [...this.pages.values()].find((p) => p.contentHash === contentHash);
  }
  async savePage(page: StoredPage): Promise<void> {
    this.pages.set(page.canonicalUrl, page);
  }
  async listPages(): Promise<StoredPage[]> {
    return [...this.pages.values()];
  }
  async getSourceState(source: string): Promise<SourceState | undefined> {
    return this.sources.get(source);
  }
  async saveSourceState(state: SourceState): Promise<void> {
    this.sources.set(state.source, state);
  }
}
