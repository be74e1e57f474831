import type { CrawlStore, FrontierEntry } from './store/crawl-store.ts';

/**
 * Runs `workers` loops that claim URLs from the store and visit them, until the frontier is empty and nobody is
 * still working (a running visit may add links), the page cap is reached, or `stop()` says so. Pages in flight
 * count against the cap, so concurrency never overshoots it.
 */
export async function runWorkers(
  limits: { workers: number; maxPages: number; fetched: () => number },
  stop: () => boolean,
  store: CrawlStore,
  visit: (e: FrontierEntry) => Promise<void>,
): Promise<void> {
  let busy = 0;
  let wake: (() => void) | undefined;
  let idle = new Promise<void>((r) => (wake = r));
  const release = (by = 1): void => {
    busy -= by;
    wake?.();
    idle = new Promise<void>((r) => (wake = r));
  };
  const worker = async (): Promise<void> => {
    for (;;) {
      if (stop()) return;
      if (limits.fetched() + busy >= limits.maxPages) {
        if (busy === 0) return;
        await idle;
        continue;
      }
      // Reserve the slot before awaiting the store, so parallel workers cannot all pass the cap check at once.
      busy++;
      const entry = await store.claim();
      if (!entry) {
        // Only a finished visit (which may have queued links) or the last worker going idle wakes the others;
        // waking on every empty probe would spin the workers against each other.
        busy--;
        if (busy === 0) {
          release(0);
          return;
        }
        await idle;
        continue;
      }
      try {
        await visit(entry);
      } finally {
        release();
      }
    }
  };
  await Promise.all(Array.from({ length: limits.workers }, worker));
}
