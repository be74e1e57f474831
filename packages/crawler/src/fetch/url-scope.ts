// Query parameters that only track where a visitor came from; dropping them collapses duplicate URLs.
const TRACKING_PARAM = /^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|ref_src)$/i;

/** Canonical form of a URL for the frontier: http(s) only, no fragment, no tracking params, sorted query. */
export function normalizeUrl(raw: string, base?: string): string | undefined {
  let u: URL;
  try {
    u = new URL(raw, base);
  } catch {
    return undefined;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
  u.hash = '';
  u.username = '';
  u.password = '';
  const kept = [...u.searchParams.entries()].filter(([k]) => !TRACKING_PARAM.test(k));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  u.search = new URLSearchParams(kept).toString();
  return u.href;
}

/** Decides which hosts a crawl may touch: the listed ones (and their subdomains), extras, or any when asked. */
export class HostScope {
  private readonly hosts: string[];

  constructor(
    listed: string[],
    private readonly sameSite: boolean,
  ) {
    this.hosts = listed.map((h) => h.toLowerCase().replace(/^www\./, ''));
  }

  /** True when the URL's host may be fetched. */
  allows(url: string): boolean {
    if (!this.sameSite) return true;
    const host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
    return this.hosts.some((h) => host === h || host.endsWith(`.${h}`));
  }
}

// Links to these are not pages; skipping them saves a request that would be closed unread anyway.
const BINARY_EXT =
  /\.(pdf|zip|gz|tar|png|jpe?g|gif|webp|svg|ico|mp[34]|m4a|wav|ogg|webm|mov|avi|docx?|xlsx?|pptx?|exe|dmg|css|js|json|xml)$/i;

/** True when a URL's path looks like a download rather than a page. */
export function looksLikeFile(url: string): boolean {
  return BINARY_EXT.test(new URL(url).pathname);
}
