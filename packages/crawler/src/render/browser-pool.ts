import { chromium, type Browser, type Route } from 'playwright-core';

export interface BrowserPoolOptions {
  executablePath: string;
  /** Pages rendered at the same time. */
  size: number;
  userAgent: string;
  timeoutMs: number;
  /** Decides each sub-request (scripts, XHR): true lets it through, after waiting for the host's rate limit. */
  gate: (url: string) => Promise<boolean>;
}

const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
// Text extraction needs the DOM, not pixels: these are never downloaded.
const SKIPPED_TYPES = new Set(['image', 'media', 'font', 'stylesheet', 'websocket', 'manifest']);
// After load, give scripts this long to finish their requests before reading the DOM.
const SETTLE_MS = 3000;

/** A lazily launched Chromium with at most `size` pages rendering at once; each render gets a fresh context. */
export class BrowserPool {
  private browser: Promise<Browser> | undefined;
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly o: BrowserPoolOptions) {}

  /**
   * Renders already-fetched HTML at its URL and returns the DOM after scripts ran. The document itself is served
   * from `html` (no second download); sub-requests go through `gate` (scope, robots.txt, rate limit).
   */
  async render(url: string, html: string): Promise<string> {
    await this.acquire();
    try {
      const browser = await this.launch();
      const context = await browser.newContext({ userAgent: this.o.userAgent, serviceWorkers: 'block' });
      try {
        const main = { url, html, served: false };
        await context.route('**/*', (route) => this.handle(route, main));
        const page = await context.newPage();
        await page.goto(url, { waitUntil: 'load', timeout: this.o.timeoutMs });
        await page.waitForLoadState('networkidle', { timeout: SETTLE_MS }).catch(() => undefined);
        return await page.content();
      } finally {
        await context.close();
      }
    } finally {
      this.release();
    }
  }

  /** Closes the browser (if it was ever launched). */
  async close(): Promise<void> {
    const b = this.browser;
    this.browser = undefined;
    if (b) await (await b).close();
  }

  private async handle(route: Route, main: { url: string; html: string; served: boolean }): Promise<void> {
    const req = route.request();
    if (req.isNavigationRequest() && req.frame().parentFrame() === null) {
      // Only the page we fetched may load in the main frame; script-driven navigations elsewhere are refused.
      if (req.url() !== main.url || main.served) return route.abort('blockedbyclient');
      main.served = true;
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: main.html });
    }
    if (SKIPPED_TYPES.has(req.resourceType()) || req.method() !== 'GET' || !(await this.o.gate(req.url()))) {
      return route.abort('blockedbyclient');
    }
    return route.continue();
  }

  private launch(): Promise<Browser> {
    // playwright-core gives every launch() its own fresh temporary profile directory.
    this.browser ??= chromium.launch({ executablePath: this.o.executablePath, args: LAUNCH_ARGS });
    return this.browser;
  }

  private async acquire(): Promise<void> {
    if (this.active < this.o.size) {
      this.active++;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.active--;
  }
}
