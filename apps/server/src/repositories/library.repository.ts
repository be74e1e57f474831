import { sql, type Insertable, type Kysely, type Selectable } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { JobQueue } from '../jobs/job-queue.ts';

export type SourceRow = Selectable<DB['library_sources']>;
export type CrawlRunRow = Selectable<DB['crawl_runs']>;
export type PageSummaryRow = Omit<Selectable<DB['library_pages']>, 'markdown'>;
export type NewSource = Omit<Insertable<DB['library_sources']>, 'id' | 'created_at'>;

const PAGE_SUMMARY = [
  'id',
  'practice_id',
  'source_id',
  'canonical_url',
  'aliases',
  'title',
  'language',
  'tags',
  'content_hash',
  'rendered',
  'last_run_id',
  'first_seen_at',
  'fetched_at',
  'changed_at',
  'version',
] as const;

/** Library sources, crawl runs and pages, always within one practice. */
export class LibraryRepository {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly queue: JobQueue,
  ) {}

  listSources(practiceId: string): Promise<SourceRow[]> {
    return this.db
      .selectFrom('library_sources')
      .selectAll()
      .where('practice_id', '=', practiceId)
      .orderBy('created_at')
      .execute();
  }

  findSource(practiceId: string, id: string): Promise<SourceRow | undefined> {
    return this.db
      .selectFrom('library_sources')
      .selectAll()
      .where('practice_id', '=', practiceId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  /** Inserts the source, or returns undefined when the practice already lists that URL. */
  insertSource(source: NewSource): Promise<SourceRow | undefined> {
    return this.db
      .insertInto('library_sources')
      .values(source)
      .onConflict((oc) => oc.columns(['practice_id', 'url']).doNothing())
      .returningAll()
      .executeTakeFirst();
  }

  /** Deletes the source with its runs, frontier and pages (recommendations of its pages go with them). */
  async deleteSource(practiceId: string, id: string): Promise<boolean> {
    const r = await this.db
      .deleteFrom('library_sources')
      .where('practice_id', '=', practiceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return r.numDeletedRows > 0n;
  }

  /**
   * Creates a queued run and its `crawl.source` job in one transaction (the job exists exactly when the run does).
   * Returns undefined when the source already has a queued or running crawl.
   */
  async queueRun(
    source: SourceRow,
    start: { cause: 'manual' | 'schedule'; requestedBy: string | null; requestId: string },
  ): Promise<CrawlRunRow | undefined> {
    return this.db.transaction().execute(async (trx) => {
      const run = await trx
        .insertInto('crawl_runs')
        .values({
          practice_id: source.practice_id,
          source_id: source.id,
          cause: start.cause,
          requested_by: start.requestedBy,
        })
        .onConflict((oc) =>
          // Literal predicate: Postgres matches it to the partial unique index only when it is not a parameter.
          oc
            .column('source_id')
            .where(sql<boolean>`state IN ('queued', 'running')`)
            .doNothing(),
        )
        .returningAll()
        .executeTakeFirst();
      if (!run) return undefined;
      const payload = {
        practiceId: source.practice_id,
        sourceId: source.id,
        runId: run.id,
        requestId: start.requestId,
      };
      await this.queue.send('crawl.source', payload, { trx });
      return run;
    });
  }

  listRuns(practiceId: string, sourceId: string | undefined, limit: number): Promise<CrawlRunRow[]> {
    let q = this.db.selectFrom('crawl_runs').selectAll().where('practice_id', '=', practiceId);
    if (sourceId) q = q.where('source_id', '=', sourceId);
    return q.orderBy('created_at', 'desc').limit(limit).execute();
  }

  findRun(id: string): Promise<CrawlRunRow | undefined> {
    return this.db.selectFrom('crawl_runs').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async setRunState(id: string, state: CrawlRunRow['state'], error: string | null = null): Promise<void> {
    await this.db
      .updateTable('crawl_runs')
      .set({ state, error, updated_at: new Date() })
      .where('id', '=', id)
      .execute();
  }

  /** Writes the run's progress from its frontier: URLs still queued and finished URLs per outcome. */
  async writeProgress(runId: string): Promise<void> {
    await sql`
      UPDATE crawl_runs SET
        queued = (SELECT count(*)::int FROM crawl_frontier WHERE run_id = ${runId} AND state <> 'done'),
        counts = COALESCE((SELECT jsonb_object_agg(visit_status, n) FROM (
          SELECT visit_status, count(*)::int AS n FROM crawl_frontier
          WHERE run_id = ${runId} AND state = 'done' GROUP BY visit_status) c), '{}'::jsonb),
        updated_at = now()
      WHERE id = ${runId}`.execute(this.db);
  }

  /** Sources never crawled, or whose last crawl is older than their re-crawl interval. */
  sourcesDue(now: Date): Promise<SourceRow[]> {
    return this.db
      .selectFrom('library_sources')
      .selectAll()
      .where((eb) =>
        eb.or([
          eb('last_crawled_at', 'is', null),
          eb('last_crawled_at', '<=', sql<Date>`${now}::timestamptz - make_interval(hours => recrawl_every_hours)`),
        ]),
      )
      .execute();
  }

  listPages(practiceId: string, filter: { sourceId?: string | undefined; limit: number }): Promise<PageSummaryRow[]> {
    let q = this.db.selectFrom('library_pages').select(PAGE_SUMMARY).where('practice_id', '=', practiceId);
    if (filter.sourceId) q = q.where('source_id', '=', filter.sourceId);
    return q.orderBy('title').limit(filter.limit).execute();
  }

  findPage(practiceId: string, id: string): Promise<Selectable<DB['library_pages']> | undefined> {
    return this.db
      .selectFrom('library_pages')
      .selectAll()
      .where('practice_id', '=', practiceId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  /** The practice's pages with their text, for the recommender. */
  pagesForRecommending(practiceId: string): Promise<(Selectable<DB['library_pages']> & { source_url: string })[]> {
    return this.db
      .selectFrom('library_pages as p')
      .innerJoin('library_sources as s', 's.id', 'p.source_id')
      .selectAll('p')
      .select('s.url as source_url')
      .where('p.practice_id', '=', practiceId)
      .execute();
  }
}
