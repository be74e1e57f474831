import type { CrawlRun, CrawlStore, StoredPage } from './store/crawl-store.ts';

/** The outcome of a crawl run: counts by URL status and the pages fetched in this run. */
export interface CrawlSummary {
  runId: string;
  interrupted: boolean;
  fetched: number;
  /** URLs per status (`new`, `changed`, `unchanged`, `duplicate`, `disallowed`, `redirect-loop`, …). */
  byStatus: Record<string, number>;
  pages: StoredPage[];
}

/** Builds the summary of a run from the store (so a resumed run reports its whole history). */
export async function summarize(store: CrawlStore, run: CrawlRun, interrupted: boolean): Promise<CrawlSummary> {
  const byStatus: Record<string, number> = {};
  for (const v of await store.listVisits()) byStatus[v.status] = (byStatus[v.status] ?? 0) + 1;
  const pages = (await store.listPages()).filter((p) => p.lastRunId === run.id);
  return { runId: run.id, interrupted, fetched: run.fetched, byStatus, pages };
}
