/** How a page is turned into HTML: plain HTTP, a real browser, or HTTP first and a browser when the page needs it. */
export type RenderMode = 'auto' | 'always' | 'never';

/** A site the practice listed, optionally forcing a render mode for all of its pages. */
export interface CrawlSource {
  url: string;
  render?: RenderMode;
}

/** Everything a crawl can be told. All limits have safe defaults (see `resolveCrawlOptions`). */
export interface CrawlOptions {
  sources: CrawlSource[];
  /** Link depth from each source URL (0 = only the source page). */
  depth?: number;
  /** Only follow links to the listed hosts (and their subdomains). Default true. */
  sameSite?: boolean;
  /** Extra hosts that may be crawled even with `sameSite` on. */
  allowHosts?: string[];
  /** Requests per second per host; a larger robots.txt crawl-delay wins. */
  rate?: number;
  render?: RenderMode;
  maxPages?: number;
  /** Largest HTML body read, in bytes; bigger pages are aborted mid-stream. */
  maxBytes?: number;
  timeoutMs?: number;
  /** Limit for rendering one page in Chromium (its scripts are fetched under the same per-host rate limit). */
  renderTimeoutMs?: number;
  maxRedirects?: number;
  maxRetries?: number;
  /** First backoff after a 429/5xx without Retry-After or a network error; doubles per attempt. */
  retryBaseMs?: number;
  /** Longest Retry-After the crawler will wait; a longer one gives the page up. */
  maxRetryAfterMs?: number;
  /** Pages fetched at the same time (across hosts; each host is still rate limited). */
  concurrency?: number;
  /** Contact URL or e-mail put into the User-Agent so site owners can reach the operator. */
  contact?: string;
  /** Chromium binary for rendering. */
  chromiumPath?: string;
  /** Browser tabs rendering at the same time. */
  browserPoolSize?: number;
}

export type ResolvedCrawlOptions = Required<Omit<CrawlOptions, 'allowHosts'>> & { allowHosts: string[] };

/** Product token matched against robots.txt `User-agent` lines. */
export const BOT_TOKEN = 'InsessionBot';

/** The honest User-Agent header: product token, version, and where to complain. */
export function userAgent(contact: string): string {
  return `${BOT_TOKEN}/0.1 (+${contact})`;
}

/** Fills in defaults for every unset crawl option. */
export function resolveCrawlOptions(o: CrawlOptions): ResolvedCrawlOptions {
  return {
    sources: o.sources,
    depth: o.depth ?? 2,
    sameSite: o.sameSite ?? true,
    allowHosts: o.allowHosts ?? [],
    rate: o.rate ?? 0.5,
    render: o.render ?? 'auto',
    maxPages: o.maxPages ?? 200,
    maxBytes: o.maxBytes ?? 2 * 1024 * 1024,
    timeoutMs: o.timeoutMs ?? 15_000,
    renderTimeoutMs: o.renderTimeoutMs ?? 60_000,
    maxRedirects: o.maxRedirects ?? 5,
    maxRetries: o.maxRetries ?? 3,
    retryBaseMs: o.retryBaseMs ?? 1000,
    maxRetryAfterMs: o.maxRetryAfterMs ?? 120_000,
    concurrency: o.concurrency ?? 4,
    contact: o.contact ?? 'https://github.com/insession/insession#crawler',
    chromiumPath: o.chromiumPath ?? '/usr/bin/chromium',
    browserPoolSize: o.browserPoolSize ?? 2,
  };
}
