import robotsParserModule from 'robots-parser';
import { BOT_TOKEN } from '../crawl-options.ts';
import type { HostRateLimiter } from './host-rate-limiter.ts';
import { rawGet } from './http-request.ts';

// robots-parser is CommonJS whose typings declare an ES default export; at runtime the module itself is the function.
const robotsParser = robotsParserModule as unknown as typeof robotsParserModule.default;
type Robots = ReturnType<typeof robotsParser>;

export interface RobotsCacheOptions {
  userAgent: string;
  timeoutMs: number;
  limiter: HostRateLimiter;
}

// RFC 9309: an unreachable robots.txt (5xx, network error) means "assume everything is disallowed";
// a missing one (4xx) means "everything is allowed".
const DISALLOW_ALL = 'User-agent: *\nDisallow: /\n';
const ALLOW_ALL = '';
const MAX_ROBOTS_BYTES = 500 * 1024;

/** Fetches robots.txt once per origin and answers allow/deny and crawl-delay for the InsessionBot group. */
export class RobotsCache {
  private readonly byOrigin = new Map<string, Promise<Robots>>();

  constructor(private readonly o: RobotsCacheOptions) {}

  /** True when robots.txt lets InsessionBot fetch the URL. */
  async isAllowed(url: string): Promise<boolean> {
    const robots = await this.forOrigin(new URL(url).origin);
    return robots.isAllowed(url, BOT_TOKEN) !== false;
  }

  private forOrigin(origin: string): Promise<Robots> {
    let p = this.byOrigin.get(origin);
    if (!p) {
      p = this.load(origin);
      this.byOrigin.set(origin, p);
    }
    return p;
  }

  private async load(origin: string): Promise<Robots> {
    const robotsUrl = `${origin}/robots.txt`;
    const text = await this.fetchText(robotsUrl);
    const robots = robotsParser(robotsUrl, text);
    this.o.limiter.setCrawlDelay(new URL(origin).host, robots.getCrawlDelay(BOT_TOKEN));
    return robots;
  }

  private async fetchText(url: string): Promise<string> {
    let current = url;
    for (let hop = 0; hop <= 5; hop++) {
      await this.o.limiter.take(new URL(current).host);
      let res;
      try {
        res = await rawGet(current, {
          userAgent: this.o.userAgent,
          timeoutMs: this.o.timeoutMs,
          maxBytes: MAX_ROBOTS_BYTES,
        });
      } catch {
        return DISALLOW_ALL;
      }
      const location = res.headers.get('location');
      if (res.status >= 300 && res.status < 400 && location) {
        current = new URL(location, current).href;
        continue;
      }
      if (res.status >= 200 && res.status < 300) return res.body ? res.body.toString('utf8') : DISALLOW_ALL;
      return res.status >= 400 && res.status < 500 ? ALLOW_ALL : DISALLOW_ALL;
    }
    return ALLOW_ALL;
  }
}
