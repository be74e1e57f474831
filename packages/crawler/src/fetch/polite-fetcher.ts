import type { HostRateLimiter } from './host-rate-limiter.ts';
import { decodeBody, rawGet, retryAfterMs, type RawResponse } from './http-request.ts';
import type { RobotsCache } from './robots.cache.ts';
import { normalizeUrl, type HostScope } from './url-scope.ts';

/** What happened to one URL. Only `ok` carries HTML. */
export type FetchOutcome =
  | {
      kind: 'ok';
      url: string;
      finalUrl: string;
      status: number;
      html: string;
      contentLanguage: string | undefined;
      /** The X-Robots-Tag header, if any. */
      robotsHeader: string | undefined;
    }
  | { kind: 'disallowed'; url: string; finalUrl: string }
  | { kind: 'off-site'; url: string; finalUrl: string }
  | { kind: 'redirect-loop'; url: string; finalUrl: string }
  | { kind: 'too-many-redirects'; url: string; finalUrl: string }
  | { kind: 'too-large'; url: string; finalUrl: string }
  | { kind: 'not-html'; url: string; finalUrl: string; contentType: string }
  | { kind: 'http-error'; url: string; finalUrl: string; status: number }
  | { kind: 'network-error'; url: string; finalUrl: string; message: string };

export interface PoliteFetcherOptions {
  userAgent: string;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  maxRetries: number;
  maxRetryAfterMs: number;
  scope: HostScope;
  robots: RobotsCache;
  limiter: HostRateLimiter;
  /** Base of the exponential backoff when a 429/5xx has no Retry-After. */
  retryBaseMs: number;
}

const isHtml = (type: string): boolean => type === '' || /text\/html|application\/xhtml\+xml/i.test(type);

/** Fetches pages the polite way: scope and robots.txt checked on every hop, per-host rate limit, retries. */
export class PoliteFetcher {
  constructor(private readonly o: PoliteFetcherOptions) {}

  /** True when a URL is in scope and robots.txt allows it (used for browser sub-requests too). */
  async mayFetch(url: string): Promise<'ok' | 'off-site' | 'disallowed'> {
    if (!this.o.scope.allows(url)) return 'off-site';
    return (await this.o.robots.isAllowed(url)) ? 'ok' : 'disallowed';
  }

  /** Fetches one page, following redirects (each hop re-checked) and stopping on loops. */
  async fetch(url: string): Promise<FetchOutcome> {
    const seen = new Set<string>();
    let current = url;
    for (let hop = 0; ; hop++) {
      const gate = await this.mayFetch(current);
      if (gate !== 'ok') return { kind: gate, url, finalUrl: current };
      seen.add(current);
      let res: RawResponse;
      try {
        res = await this.getWithRetries(current);
      } catch (err) {
        return {
          kind: 'network-error',
          url,
          finalUrl: current,
          message: err instanceof Error ? err.message : String(err),
        };
      }
      const location = res.headers.get('location');
      if (res.status >= 300 && res.status < 400 && location) {
        const next = normalizeUrl(location, current);
        if (next === undefined) return { kind: 'http-error', url, finalUrl: current, status: res.status };
        if (seen.has(next)) return { kind: 'redirect-loop', url, finalUrl: next };
        if (hop >= this.o.maxRedirects) return { kind: 'too-many-redirects', url, finalUrl: next };
        current = next;
        continue;
      }
      const type = res.headers.get('content-type') ?? '';
      if (res.status < 200 || res.status >= 300)
        return { kind: 'http-error', url, finalUrl: current, status: res.status };
      if (!isHtml(type)) return { kind: 'not-html', url, finalUrl: current, contentType: type };
      if (res.tooLarge || !res.body) return { kind: 'too-large', url, finalUrl: current };
      const contentLanguage = res.headers.get('content-language') ?? undefined;
      return {
        kind: 'ok',
        url,
        finalUrl: current,
        status: res.status,
        html: decodeBody(res.body, type),
        contentLanguage,
        robotsHeader: res.headers.get('x-robots-tag') ?? undefined,
      };
    }
  }

  private async getWithRetries(url: string): Promise<RawResponse> {
    const host = new URL(url).host;
    for (let attempt = 0; ; attempt++) {
      await this.o.limiter.take(host);
      let res: RawResponse;
      try {
        res = await rawGet(url, {
          userAgent: this.o.userAgent,
          timeoutMs: this.o.timeoutMs,
          maxBytes: this.o.maxBytes,
          accept: isHtml,
        });
      } catch (err) {
        // Connection resets and timeouts are retried like a 503 without Retry-After.
        if (attempt >= this.o.maxRetries) throw err;
        this.o.limiter.pauseUntil(host, Date.now() + this.backoff(attempt));
        continue;
      }
      const retryable = res.status === 429 || res.status >= 500;
      if (!retryable || attempt >= this.o.maxRetries) return res;
      const hinted = retryAfterMs(res.headers.get('retry-after'));
      if (hinted !== undefined && hinted > this.o.maxRetryAfterMs) return res;
      const wait = hinted ?? this.backoff(attempt);
      // The whole host is told to slow down, not just this URL; the next take() waits it out.
      this.o.limiter.pauseUntil(host, Date.now() + wait);
    }
  }

  // Exponential backoff with jitter, so many crawlers hitting one sick server do not retry in lockstep.
  private backoff(attempt: number): number {
    return this.o.retryBaseMs * 2 ** attempt * (1 + Math.random() * 0.25);
  }
}
