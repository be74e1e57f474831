export { crawl, type CrawlDeps, type CrawlEvent } from './crawler.ts';
export type { CrawlSummary } from './crawl-summary.ts';
export {
  resolveCrawlOptions,
  userAgent,
  BOT_TOKEN,
  type CrawlOptions,
  type CrawlSource,
  type RenderMode,
} from './crawl-options.ts';
export type { CrawlStore, CrawlRun, FrontierEntry, SourceState, StoredPage, VisitRecord } from './store/crawl-store.ts';
export { MemoryCrawlStore, type CrawlStoreSnapshot } from './store/memory-crawl.store.ts';
export { JsonFileCrawlStore } from './store/json-file-crawl.store.ts';
export { extractPage, type ExtractedPage } from './extract/page-extractor.ts';
export { needsRendering } from './extract/render-detector.ts';
export { contentHash } from './extract/content-hash.ts';
export { TopicTagger, type TaxonomyTopic, type TopicTag } from './extract/topic-tagger.ts';
export {
  recommendPages,
  type ClientContext,
  type Recommendation,
  type RecommendOptions,
} from './recommend/page-recommender.ts';
export { HostRateLimiter } from './fetch/host-rate-limiter.ts';
export { normalizeUrl, HostScope } from './fetch/url-scope.ts';
export { exportPages, pageFileName } from './store/markdown-export.ts';
export { nextCrawlAt, sourcesDue } from './recrawl-schedule.ts';
export { clientContextFromSessions, type SessionSignals } from './recommend/client-context.ts';
export { pageDirectives, type PageDirectives } from './extract/robots-directives.ts';
