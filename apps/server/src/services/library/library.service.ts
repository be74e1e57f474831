import type { AuditRepository } from '../../repositories/audit.repository.ts';
import type {
  CrawlRunRow,
  LibraryRepository,
  PageSummaryRow,
  SourceRow,
} from '../../repositories/library.repository.ts';
import type { RENDER_MODES } from '../../repositories/library-tables.ts';
import { conflict, notFound } from '../../routes/http-error.ts';
import type { RequestContext } from '../request-context.ts';
import { checkSourceUrl } from './source-url.guard.ts';

export interface SourceInput {
  url: string;
  depth: number;
  sameSite: boolean;
  rate: number;
  render: (typeof RENDER_MODES)[number];
  maxPages: number;
  recrawlEveryHours: number;
}

/** The practice's resource library: the sites it trusts, their crawls, and the pages they produced. */
export class LibraryService {
  constructor(
    private readonly library: LibraryRepository,
    private readonly audit: AuditRepository,
    private readonly allowPrivateHosts: boolean,
  ) {}

  listSources(ctx: RequestContext): Promise<SourceRow[]> {
    return this.library.listSources(ctx.actor.practiceId);
  }

  async addSource(ctx: RequestContext, input: SourceInput): Promise<SourceRow> {
    const url = await checkSourceUrl(input.url, this.allowPrivateHosts);
    const row = await this.library.insertSource({
      practice_id: ctx.actor.practiceId,
      url,
      depth: input.depth,
      same_site: input.sameSite,
      rate: input.rate,
      render: input.render,
      max_pages: input.maxPages,
      recrawl_every_hours: input.recrawlEveryHours,
      created_by: ctx.actor.userId,
    });
    if (!row) throw conflict('the library already lists this URL');
    await this.audit.record(ctx.actor, ctx.origin, {
      action: 'library.source.create',
      resourceType: 'library_source',
      resourceId: row.id,
      details: { url },
    });
    return row;
  }

  async deleteSource(ctx: RequestContext, id: string): Promise<void> {
    if (!(await this.library.deleteSource(ctx.actor.practiceId, id))) throw notFound('library source');
    await this.audit.record(ctx.actor, ctx.origin, {
      action: 'library.source.delete',
      resourceType: 'library_source',
      resourceId: id,
    });
  }

  async startCrawl(ctx: RequestContext, sourceId: string): Promise<CrawlRunRow> {
    const source = await this.library.findSource(ctx.actor.practiceId, sourceId);
    if (!source) throw notFound('library source');
    const run = await this.library.queueRun(source, {
      cause: 'manual',
      requestedBy: ctx.actor.userId,
      requestId: ctx.origin.requestId,
    });
    if (!run) throw conflict('a crawl of this source is already queued or running');
    await this.audit.record(ctx.actor, ctx.origin, {
      action: 'library.crawl.start',
      resourceType: 'library_source',
      resourceId: sourceId,
      details: { runId: run.id },
    });
    return run;
  }

  listRuns(ctx: RequestContext, sourceId: string | undefined, limit: number): Promise<CrawlRunRow[]> {
    return this.library.listRuns(ctx.actor.practiceId, sourceId, limit);
  }

  listPages(ctx: RequestContext, filter: { sourceId?: string | undefined; limit: number }): Promise<PageSummaryRow[]> {
    return this.library.listPages(ctx.actor.practiceId, filter);
  }

  async getPage(ctx: RequestContext, id: string) {
    const page = await this.library.findPage(ctx.actor.practiceId, id);
    if (!page) throw notFound('library page');
    return page;
  }
}
