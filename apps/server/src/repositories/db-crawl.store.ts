import { sql, type Kysely, type Selectable } from 'kysely';
import type { CrawlRun, CrawlStore, FrontierEntry, SourceState, StoredPage, VisitRecord } from '@insession/crawler';
import { asJson } from '../db/json.ts';
import type { DB } from '../db/schema.ts';

export interface CrawlScope {
  practiceId: string;
  sourceId: string;
  /** The crawl_runs row this crawl writes; a retried job passes the same one and resumes it. */
  runId: string;
}

export type PageRow = Selectable<DB['library_pages']> & { source_url: string };

/**
 * The crawler's state in the database, for one source's run: the frontier is `crawl_frontier` rows of the run, the
 * run is its `crawl_runs` row, pages are the practice's `library_pages` (dedupe and change detection span every
 * source of the practice), and the source state is columns of `library_sources`.
 */
export class DbCrawlStore implements CrawlStore {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly scope: CrawlScope,
  ) {}

  async getRun(): Promise<CrawlRun | undefined> {
    const r = await this.db
      .selectFrom('crawl_runs')
      .select(['id', 'sources', 'started_at', 'finished_at', 'fetched'])
      .where('id', '=', this.scope.runId)
      .executeTakeFirst();
    // A run row the crawler has not started yet (no sources) is not a run it could resume.
    if (!r?.sources || !r.started_at) return undefined;
    return {
      id: r.id,
      sources: r.sources,
      startedAt: r.started_at.toISOString(),
      ...(r.finished_at ? { finishedAt: r.finished_at.toISOString() } : {}),
      fetched: r.fetched,
    };
  }

  async saveRun(run: CrawlRun): Promise<void> {
    if (run.id !== this.scope.runId) throw new Error(`crawl run ${run.id} is not the job's run ${this.scope.runId}`);
    await this.db
      .updateTable('crawl_runs')
      .set({
        sources: asJson(run.sources),
        started_at: run.startedAt,
        finished_at: run.finishedAt ?? null,
        fetched: run.fetched,
        updated_at: new Date(),
      })
      .where('id', '=', run.id)
      .execute();
  }

  async resetFrontier(): Promise<void> {
    await this.db
      .deleteFrom('crawl_frontier')
      .where('run_id', 'in', (eb) =>
        eb.selectFrom('crawl_runs').select('id').where('source_id', '=', this.scope.sourceId),
      )
      .execute();
  }

  async enqueue(entries: FrontierEntry[]): Promise<number> {
    if (entries.length === 0) return 0;
    const unique = [...new Map(entries.map((e) => [e.url, e])).values()];
    const rows = await this.db
      .insertInto('crawl_frontier')
      .values(unique.map((e) => ({ run_id: this.scope.runId, url: e.url, depth: e.depth, source: e.source })))
      .onConflict((oc) => oc.columns(['run_id', 'url']).doNothing())
      .returning('url')
      .execute();
    return rows.length;
  }

  async claim(): Promise<FrontierEntry | undefined> {
    // SKIP LOCKED: parallel crawl workers each take a different URL without waiting on each other.
    const { rows } = await sql<FrontierEntry>`
      UPDATE crawl_frontier SET state = 'claimed'
      WHERE run_id = ${this.scope.runId} AND url = (
        SELECT url FROM crawl_frontier WHERE run_id = ${this.scope.runId} AND state = 'pending'
        ORDER BY seq LIMIT 1 FOR UPDATE SKIP LOCKED)
      RETURNING url, depth, source`.execute(this.db);
    return rows[0];
  }

  async finish(entry: FrontierEntry, record: VisitRecord): Promise<void> {
    await this.db
      .updateTable('crawl_frontier')
      .set({
        state: 'done',
        visit_status: record.status,
        visit_detail: record.detail ?? null,
        page_url: record.pageUrl ?? null,
        visited_at: record.at,
      })
      .where('run_id', '=', this.scope.runId)
      .where('url', '=', entry.url)
      .execute();
  }

  async releaseClaims(): Promise<number> {
    const rows = await this.db
      .updateTable('crawl_frontier')
      .set({ state: 'pending' })
      .where('run_id', '=', this.scope.runId)
      .where('state', '=', 'claimed')
      .returning('url')
      .execute();
    return rows.length;
  }

  async listVisits(): Promise<VisitRecord[]> {
    const rows = await this.db
      .selectFrom('crawl_frontier')
      .selectAll()
      .where('run_id', '=', this.scope.runId)
      .where('state', '=', 'done')
      .orderBy('seq')
      .execute();
    return rows.map((r) => ({
      url: r.url,
      source: r.source,
      status: r.visit_status ?? 'unknown',
      at: (r.visited_at ?? new Date()).toISOString(),
      ...(r.page_url ? { pageUrl: r.page_url } : {}),
      ...(r.visit_detail ? { detail: r.visit_detail } : {}),
    }));
  }

  async getPage(canonicalUrl: string): Promise<StoredPage | undefined> {
    const row = await this.pages().where('p.canonical_url', '=', canonicalUrl).executeTakeFirst();
    return row && toStoredPage(row);
  }

  async findPageByHash(contentHash: string): Promise<StoredPage | undefined> {
    const row = await this.pages()
      .where('p.content_hash', '=', contentHash)
      .orderBy('p.first_seen_at')
      .executeTakeFirst();
    return row && toStoredPage(row);
  }

  async savePage(page: StoredPage): Promise<void> {
    // A page keeps the source it came from; a duplicate found under this source only adds aliases to it.
    const sourceId = sql<string>`COALESCE(
      (SELECT id FROM library_sources WHERE practice_id = ${this.scope.practiceId} AND url = ${page.source}),
      ${this.scope.sourceId}::uuid)`;
    const fields = {
      source_id: sourceId,
      aliases: asJson(page.aliases),
      title: page.title,
      language: page.language,
      tags: asJson(page.tags),
      markdown: page.markdown,
      content_hash: page.contentHash,
      rendered: page.rendered,
      last_run_id: page.lastRunId,
      fetched_at: page.fetchedAt,
      changed_at: page.changedAt,
      version: page.version,
    };
    await this.db
      .insertInto('library_pages')
      .values({
        ...fields,
        practice_id: this.scope.practiceId,
        canonical_url: page.canonicalUrl,
        first_seen_at: page.firstSeenAt,
      })
      .onConflict((oc) => oc.columns(['practice_id', 'canonical_url']).doUpdateSet(fields))
      .execute();
  }

  /** Pages of this source, and pages this run touched under another source (the run summary needs both). */
  async listPages(): Promise<StoredPage[]> {
    const rows = await this.pages()
      .where((eb) => eb.or([eb('p.source_id', '=', this.scope.sourceId), eb('p.last_run_id', '=', this.scope.runId)]))
      .orderBy('p.canonical_url')
      .execute();
    return rows.map(toStoredPage);
  }

  async getSourceState(source: string): Promise<SourceState | undefined> {
    const r = await this.db
      .selectFrom('library_sources')
      .select(['url', 'last_run_id', 'last_crawled_at', 'pages', 'changed'])
      .where('practice_id', '=', this.scope.practiceId)
      .where('url', '=', source)
      .executeTakeFirst();
    if (!r?.last_run_id || !r.last_crawled_at) return undefined;
    return {
      source: r.url,
      lastRunId: r.last_run_id,
      lastCrawledAt: r.last_crawled_at.toISOString(),
      pages: r.pages,
      changed: r.changed,
    };
  }

  async saveSourceState(state: SourceState): Promise<void> {
    await this.db
      .updateTable('library_sources')
      .set({
        last_run_id: state.lastRunId,
        last_crawled_at: state.lastCrawledAt,
        pages: state.pages,
        changed: state.changed,
      })
      .where('practice_id', '=', this.scope.practiceId)
      .where('url', '=', state.source)
      .execute();
  }

  private pages() {
    return this.db
      .selectFrom('library_pages as p')
      .innerJoin('library_sources as s', 's.id', 'p.source_id')
      .selectAll('p')
      .select('s.url as source_url')
      .where('p.practice_id', '=', this.scope.practiceId);
  }
}

/** A library_pages row (with its source's URL) as the crawler and recommender see it. */
export function toStoredPage(r: PageRow): StoredPage {
  return {
    canonicalUrl: r.canonical_url,
    aliases: r.aliases,
    source: r.source_url,
    title: r.title,
    language: r.language,
    tags: r.tags,
    markdown: r.markdown,
    contentHash: r.content_hash,
    rendered: r.rendered,
    lastRunId: r.last_run_id,
    firstSeenAt: r.first_seen_at.toISOString(),
    fetchedAt: r.fetched_at.toISOString(),
    changedAt: r.changed_at.toISOString(),
    version: r.version,
  };
}
