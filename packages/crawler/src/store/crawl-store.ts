import type { CrawlSource } from '../crawl-options.ts';
import type { TopicTag } from '../extract/topic-tagger.ts';

/** A URL waiting to be crawled, with its link depth from the source it was found under. */
export interface FrontierEntry {
  url: string;
  depth: number;
  /** The source (listed URL) this page belongs to. */
  source: string;
}

/** What a crawl did with one URL in the current run. */
export interface VisitRecord {
  url: string;
  source: string;
  /** `new` / `changed` / `unchanged` / `duplicate` / `empty` for fetched pages, else the fetch outcome kind. */
  status: string;
  at: string;
  /** Canonical URL of the stored page this URL produced or duplicated. */
  pageUrl?: string;
  detail?: string;
}

/** A readable copy of a page, keyed by canonical URL; duplicates under other URLs become aliases. */
export interface StoredPage {
  canonicalUrl: string;
  aliases: string[];
  source: string;
  title: string;
  language: string;
  tags: TopicTag[];
  markdown: string;
  contentHash: string;
  rendered: boolean;
  /** The run that last fetched it: a second hit in the same run is a duplicate, not a change. */
  lastRunId: string;
  firstSeenAt: string;
  fetchedAt: string;
  /** When the content hash last changed (equals firstSeenAt until a re-crawl finds a change). */
  changedAt: string;
  version: number;
}

/** One crawl over the listed sources; a run without `finishedAt` was interrupted and can be resumed. */
export interface CrawlRun {
  id: string;
  sources: CrawlSource[];
  startedAt: string;
  finishedAt?: string;
  /** URLs fetched so far, whatever they answered (counts against maxPages across a resume). */
  fetched: number;
}

/** Per-source bookkeeping for schedules and the admin page. */
export interface SourceState {
  source: string;
  lastRunId: string;
  lastCrawledAt: string;
  pages: number;
  changed: number;
}

/** Everything a crawl needs to persist so it can resume after a crash. Implementations: memory, JSON file, database. */
export interface CrawlStore {
  getRun(): Promise<CrawlRun | undefined>;
  saveRun(run: CrawlRun): Promise<void>;
  /** Forgets the previous run's frontier and visits (pages are kept, for change detection). */
  resetFrontier(): Promise<void>;
  /** Queues URLs not yet known in this run; returns how many were new. */
  enqueue(entries: FrontierEntry[]): Promise<number>;
  /** Takes the oldest pending URL and marks it in progress. */
  claim(): Promise<FrontierEntry | undefined>;
  /** Records the outcome of a claimed URL. */
  finish(entry: FrontierEntry, record: VisitRecord): Promise<void>;
  /** Returns URLs left in progress by a crash to the queue; returns how many. */
  releaseClaims(): Promise<number>;
  listVisits(): Promise<VisitRecord[]>;
  getPage(canonicalUrl: string): Promise<StoredPage | undefined>;
  findPageByHash(contentHash: string): Promise<StoredPage | undefined>;
  savePage(page: StoredPage): Promise<void>;
  listPages(): Promise<StoredPage[]>;
  getSourceState(source: string): Promise<SourceState | undefined>;
  saveSourceState(state: SourceState): Promise<void>;
}
