import type { TopicTag } from '@insession/crawler/recommend';
import { col } from '../db/columns.ts';

// Tables of the resource library (issue 9), created by migration 0200. Spread into the server's table manifest so
// the Kysely types and the schema-drift test cover them too.
export const RENDER_MODES = ['auto', 'always', 'never'] as const;
export const CRAWL_RUN_STATES = ['queued', 'running', 'completed', 'failed'] as const;
export type CrawlRunState = (typeof CRAWL_RUN_STATES)[number];
export const CRAWL_CAUSES = ['manual', 'schedule'] as const;
export const FRONTIER_STATES = ['pending', 'claimed', 'done'] as const;
export const RECOMMENDATION_STATUSES = ['proposed', 'approved', 'dismissed'] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];

const id = () => col.uuid().defaulted();
const createdAt = () => col.timestamptz().defaulted();

export const libraryTables = {
  library_sources: {
    id: id(),
    practice_id: col.uuid(),
    url: col.text(),
    depth: col.int().defaulted(),
    same_site: col.bool().defaulted(),
    /** Requests per second to the source's host. */
    rate: col.numeric().defaulted(),
    render: col.oneOf(RENDER_MODES).defaulted(),
    max_pages: col.int().defaulted(),
    recrawl_every_hours: col.int().defaulted(),
    last_run_id: col.uuid().null(),
    last_crawled_at: col.timestamptz().null(),
    pages: col.int().defaulted(),
    changed: col.int().defaulted(),
    created_by: col.uuid().null(),
    created_at: createdAt(),
  },
  crawl_runs: {
    id: id(),
    practice_id: col.uuid(),
    source_id: col.uuid(),
    state: col.oneOf(CRAWL_RUN_STATES).defaulted(),
    cause: col.oneOf(CRAWL_CAUSES),
    requested_by: col.uuid().null(),
    sources: col.jsonb<{ url: string; render?: (typeof RENDER_MODES)[number] }[]>().null(),
    started_at: col.timestamptz().null(),
    finished_at: col.timestamptz().null(),
    fetched: col.int().defaulted(),
    queued: col.int().defaulted(),
    counts: col.jsonb<Record<string, number>>().defaulted(),
    error: col.text().null(),
    created_at: createdAt(),
    updated_at: createdAt(),
  },
  crawl_frontier: {
    run_id: col.uuid(),
    seq: col.bigint().defaulted(),
    url: col.text(),
    depth: col.int(),
    source: col.text(),
    state: col.oneOf(FRONTIER_STATES).defaulted(),
    visit_status: col.text().null(),
    visit_detail: col.text().null(),
    page_url: col.text().null(),
    visited_at: col.timestamptz().null(),
  },
  library_pages: {
    id: id(),
    practice_id: col.uuid(),
    source_id: col.uuid(),
    canonical_url: col.text(),
    aliases: col.jsonb<string[]>().defaulted(),
    title: col.text(),
    language: col.text(),
    tags: col.jsonb<TopicTag[]>().defaulted(),
    markdown: col.text(),
    content_hash: col.text(),
    rendered: col.bool().defaulted(),
    last_run_id: col.uuid(),
    first_seen_at: col.timestamptz(),
    fetched_at: col.timestamptz(),
    changed_at: col.timestamptz(),
    version: col.int().defaulted(),
  },
  library_recommendations: {
    id: id(),
    practice_id: col.uuid(),
    client_id: col.uuid(),
    session_id: col.uuid(),
    page_id: col.uuid(),
    status: col.oneOf(RECOMMENDATION_STATUSES).defaulted(),
    score: col.numeric(),
    reasons: col.jsonb<string[]>().defaulted(),
    decided_by: col.uuid().null(),
    decided_at: col.timestamptz().null(),
    created_at: createdAt(),
  },
} as const;
