/** A script body with the headers needed to replay it. */
export interface CachedScript {
  body: Buffer;
  contentType: string;
}

const MAX_SCRIPT_BYTES = 2 * 1024 * 1024;

/**
 * Scripts shared by a site's pages (bundles, frameworks), kept for the whole crawl so each is downloaded once:
 * fewer requests for the site, and rendering is not throttled by the rate limit on every page. Tabs asking for
 * a script that is already downloading wait for that download instead of starting another.
 */
export class ScriptCache {
  private readonly scripts = new Map<string, Promise<CachedScript | undefined>>();
  private bytes = 0;

  constructor(private readonly maxBytes = 64 * 1024 * 1024) {}

  /** The cached script, or the result of `download` (shared by concurrent callers); undefined if it failed. */
  async get(url: string, download: () => Promise<CachedScript | undefined>): Promise<CachedScript | undefined> {
    const known = this.scripts.get(url);
    if (known) return known;
    // A script too big to keep is still handed to everyone waiting for it; only failures give undefined.
    const pending = download().then(
      (s) => {
        if (!s || !this.fits(s)) this.scripts.delete(url);
        return s;
      },
      () => {
        this.scripts.delete(url);
        return undefined;
      },
    );
    this.scripts.set(url, pending);
    return pending;
  }

  private fits(s: CachedScript): boolean {
    const size = s.body.byteLength;
    if (size > MAX_SCRIPT_BYTES || this.bytes + size > this.maxBytes) return false;
    this.bytes += size;
    return true;
  }
}
