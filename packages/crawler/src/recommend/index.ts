// The recommender and URL helpers without the fetcher, jsdom or the browser pool: what the API process needs.
export { recommendPages, type ClientContext, type Recommendation, type RecommendOptions } from './page-recommender.ts';
export { clientContextFromSessions, type SessionSignals } from './client-context.ts';
export { normalizeUrl } from '../fetch/url-scope.ts';
export { sourcesDue, nextCrawlAt } from '../recrawl-schedule.ts';
export type { StoredPage, SourceState } from '../store/crawl-store.ts';
export type { TopicTag } from '../extract/topic-tagger.ts';
