import type { SourceState } from './store/crawl-store.ts';

/** When a source should next be crawled: now if never crawled, else `everyHours` after its last crawl. */
export function nextCrawlAt(state: SourceState | undefined, everyHours: number): Date {
  if (!state) return new Date(0);
  return new Date(Date.parse(state.lastCrawledAt) + everyHours * 3_600_000);
}

/** The sources whose next crawl time has passed (for a periodic scheduler job). */
export function sourcesDue(
  sources: string[],
  states: ReadonlyMap<string, SourceState>,
  everyHours: number,
  now = new Date(),
): string[] {
  return sources.filter((s) => nextCrawlAt(states.get(s), everyHours).getTime() <= now.getTime());
}
