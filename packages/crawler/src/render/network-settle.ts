import type { Page, Request } from 'playwright-core';

// Scripts usually fill the page from one or two requests right after load; once nothing has been in flight
// for QUIET_MS the DOM is taken. Playwright's own "networkidle" waits a fixed 500 ms, which dominates small pages.
const QUIET_MS = 150;
const MAX_MS = 3000;

/** Counts a page's requests in flight; attach before navigating so requests made during load are seen. */
export class NetworkTracker {
  private readonly inFlight = new Set<Request>();
  private lastChange = Date.now();
  private readonly start = (r: Request): void => {
    this.inFlight.add(r);
    this.lastChange = Date.now();
  };
  private readonly end = (r: Request): void => {
    this.inFlight.delete(r);
    this.lastChange = Date.now();
  };

  constructor(private readonly page: Page) {
    page.on('request', this.start);
    page.on('requestfinished', this.end);
    page.on('requestfailed', this.end);
  }

  /** Resolves once nothing has been in flight for a short while, or after a cap. */
  async quiet(): Promise<void> {
    const deadline = Date.now() + MAX_MS;
    while (Date.now() < deadline && (this.inFlight.size > 0 || Date.now() - this.lastChange < QUIET_MS)) {
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /** Stops listening. */
  dispose(): void {
    this.page.off('request', this.start);
    this.page.off('requestfinished', this.end);
    this.page.off('requestfailed', this.end);
  }
}
