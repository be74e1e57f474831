const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

interface Bucket {
  tokens: number;
  last: number;
  minIntervalMs: number;
  pausedUntil: number;
  /** Serialises waiters so concurrent workers on one host queue up instead of racing for the same token. */
  tail: Promise<void>;
}

/** Token bucket per host: `rate` tokens per second, burst of `burst`; crawl-delay and Retry-After slow a host down. */
export class HostRateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly rate: number,
    private readonly burst = 1,
  ) {
    if (!(rate > 0)) throw new RangeError('rate must be > 0 requests per second');
  }

  /** Applies a robots.txt crawl-delay (seconds); the larger of it and 1/rate wins. */
  setCrawlDelay(host: string, seconds: number | undefined): void {
    if (seconds === undefined || !(seconds > 0)) return;
    this.bucket(host).minIntervalMs = seconds * 1000;
  }

  /** Holds every request to a host until the given time (a 429/503 Retry-After). */
  pauseUntil(host: string, epochMs: number): void {
    const b = this.bucket(host);
    b.pausedUntil = Math.max(b.pausedUntil, epochMs);
  }

  /** Waits until a request to the host is allowed, and spends the token. */
  take(host: string): Promise<void> {
    const b = this.bucket(host);
    const turn = b.tail.then(() => this.waitForToken(b));
    b.tail = turn.catch(() => undefined);
    return turn;
  }

  private async waitForToken(b: Bucket): Promise<void> {
    for (;;) {
      const now = Date.now();
      const interval = Math.max(1000 / this.rate, b.minIntervalMs);
      // A crawl-delay means "this long between requests", so it also forbids bursts.
      const capacity = b.minIntervalMs > 1000 / this.rate ? 1 : this.burst;
      b.tokens = Math.min(capacity, b.tokens + (now - b.last) / interval);
      b.last = now;
      const pause = b.pausedUntil - now;
      if (b.tokens >= 1 && pause <= 0) {
        b.tokens -= 1;
        return;
      }
      await sleep(Math.max(pause, Math.ceil((1 - b.tokens) * interval), 1));
    }
  }

  private bucket(host: string): Bucket {
    let b = this.buckets.get(host);
    if (!b) {
      b = { tokens: 1, last: Date.now(), minIntervalMs: 0, pausedUntil: 0, tail: Promise.resolve() };
      this.buckets.set(host, b);
    }
    return b;
  }
}
