import { chromium, type Browser, type BrowserContext, type Page, type Route } from 'playwright-core';
import { NetworkTracker } from './network-settle.ts';
import { ScriptCache } from './script-cache.ts';

export interface BrowserPoolOptions {
  executablePath: string;
  /** Pages rendered at the same time. */
  size: number;
  userAgent: string;
  /** Page load limit; sub-requests wait for the host's rate limit, so allow for several of them. */
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

/** The document a slot is rendering: served from memory on the first main-frame navigation only. */
interface MainDocument {
  url: string;
  html: string;
  served: boolean;
}

/** A warm tab: opening a context and page costs more than rendering a small page, so both are reused. */
interface Slot {
  context: BrowserContext;
  page: Page;
  main: MainDocument | undefined;
}

/** A lazily launched Chromium with `size` reusable tabs; each render clears cookies and serves the fetched HTML. */
export class BrowserPool {
  private browser: Promise<Browser> | undefined;
  private readonly idle: Slot[] = [];
  private created = 0;
  private readonly waiting: ((s: Slot | undefined) => void)[] = [];
  private readonly scripts = new ScriptCache();

  constructor(private readonly o: BrowserPoolOptions) {}

  /**
   * Renders already-fetched HTML at its URL and returns the DOM after scripts ran. The document itself is served
   * from `html` (no second download); sub-requests go through `gate` (scope, robots.txt, rate limit).
   */
  async render(url: string, html: string): Promise<string> {
    const slot = await this.acquire();
    let healthy = false;
    try {
      await slot.context.clearCookies();
      slot.main = { url, html, served: false };
      const network = new NetworkTracker(slot.page);
      try {
        await slot.page.goto(url, { waitUntil: 'load', timeout: this.o.timeoutMs });
        await network.quiet();
      } finally {
        network.dispose();
      }
      const dom = await slot.page.content();
      healthy = true;
      return dom;
    } finally {
      slot.main = undefined;
      await this.release(slot, healthy);
    }
  }

  /** Closes the browser (if it was ever launched). */
  async close(): Promise<void> {
    const b = this.browser;
    this.browser = undefined;
    this.idle.length = 0;
    this.created = 0;
    if (b) await (await b).close();
  }

  private async newSlot(): Promise<Slot> {
    // playwright-core gives every launch() its own fresh temporary profile directory.
    this.browser ??= chromium.launch({ executablePath: this.o.executablePath, args: LAUNCH_ARGS });
    const context = await (await this.browser).newContext({ userAgent: this.o.userAgent, serviceWorkers: 'block' });
    const slot: Slot = { context, page: await context.newPage(), main: undefined };
    await context.route('**/*', (route) => this.handle(route, slot.main));
    return slot;
  }

  private async handle(route: Route, main: MainDocument | undefined): Promise<void> {
    const req = route.request();
    if (req.isNavigationRequest() && req.frame().parentFrame() === null) {
      // Only the page we fetched may load in the main frame; script-driven navigations elsewhere are refused.
      if (!main || req.url() !== main.url || main.served) return route.abort('blockedbyclient');
      main.served = true;
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: main.html });
    }
    if (!main || SKIPPED_TYPES.has(req.resourceType()) || req.method() !== 'GET') return route.abort('blockedbyclient');
    const url = req.url();
    if (req.resourceType() !== 'script') {
      return (await this.o.gate(url)) ? route.continue() : route.abort('blockedbyclient');
    }
    // Scripts: one download per URL for the whole crawl; a cache hit costs the site nothing, so it skips the gate.
    let downloader = false;
    const script = await this.scripts.get(url, async () => {
      downloader = true;
      if (!(await this.o.gate(url))) return undefined;
      const res = await route.fetch();
      if (res.status() !== 200) return undefined;
      return { body: await res.body(), contentType: res.headers()['content-type'] ?? 'text/javascript' };
    });
    if (!script) {
      // Blocked or failed: the downloader's page goes without it; a tab that was waiting tries on its own.
      if (downloader || !(await this.o.gate(url))) return route.abort('blockedbyclient');
      return route.continue();
    }
    return route.fulfill({ status: 200, contentType: script.contentType, body: script.body });
  }

  private async acquire(): Promise<Slot> {
    const free = this.idle.pop();
    if (free) return free;
    if (this.created < this.o.size) {
      this.created++;
      try {
        return await this.newSlot();
      } catch (err) {
        this.created--;
        throw err;
      }
    }
    const handed = await new Promise<Slot | undefined>((resolve) => this.waiting.push(resolve));
    return handed ?? this.acquire();
  }

  // A tab that failed (timeout, crash) is closed rather than reused; its place is freed for a new one.
  private async release(slot: Slot, healthy: boolean): Promise<void> {
    if (!healthy) {
      this.created--;
      await slot.context.close().catch(() => undefined);
    }
    const next = this.waiting.shift();
    if (next) next(healthy ? slot : undefined);
    else if (healthy) this.idle.push(slot);
  }
}
