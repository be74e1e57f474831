import { randomUUID } from 'node:crypto';
import { resolveCrawlOptions, userAgent, type CrawlOptions, type RenderMode } from './crawl-options.ts';
import { extractPage, type ExtractedPage } from './extract/page-extractor.ts';
import { needsRendering } from './extract/render-detector.ts';
import { pageDirectives } from './extract/robots-directives.ts';
import { TopicTagger, type TaxonomyTopic } from './extract/topic-tagger.ts';
import { HostRateLimiter } from './fetch/host-rate-limiter.ts';
import { PoliteFetcher } from './fetch/polite-fetcher.ts';
import { RobotsCache } from './fetch/robots.cache.ts';
import { HostScope, looksLikeFile, normalizeUrl } from './fetch/url-scope.ts';
import { recordPage } from './page-recorder.ts';
import { BrowserPool } from './render/browser-pool.ts';
import type { CrawlRun, CrawlStore, FrontierEntry, StoredPage } from './store/crawl-store.ts';
import { summarize, type CrawlSummary } from './crawl-summary.ts';
import { runWorkers } from './crawl-workers.ts';

/** Progress reported while crawling (one event per URL, plus one when a crawl resumes). */
export type CrawlEvent =
  | { type: 'resumed'; runId: string; requeued: number; done: number }
  | {
      type: 'visited';
      url: string;
      status: string;
      title?: string;
      rendered: boolean;
      detail?: string;
      fetched: number;
    };

export interface CrawlDeps {
  store: CrawlStore;
  /** Topic taxonomy for tags (pass `topicTaxonomy` from @insession/core). */
  taxonomy: readonly TaxonomyTopic[];
  onEvent?: (e: CrawlEvent) => void;
  /** Stops claiming new URLs; the run stays unfinished and resumable. */
  signal?: AbortSignal;
  /** Resume an unfinished run over the same sources (default true); false starts a new run. */
  resume?: boolean;
  /** Id for a new run (default random): the database store creates its run row before the crawl starts. */
  runId?: string;
}

/** Crawls the sources politely into the store, resuming an unfinished run over the same sources. */
export async function crawl(options: CrawlOptions, deps: CrawlDeps): Promise<CrawlSummary> {
  const o = resolveCrawlOptions(options);
  const sources = o.sources.map((s) => ({ ...s, url: normalizeUrl(s.url) ?? fail(`not an http(s) URL: ${s.url}`) }));
  const { store } = deps;
  const run = await startOrResume(store, sources, deps);

  const ua = userAgent(o.contact);
  const limiter = new HostRateLimiter(o.rate);
  const robots = new RobotsCache({ userAgent: ua, timeoutMs: o.timeoutMs, limiter });
  const scope = new HostScope([...sources.map((s) => new URL(s.url).hostname), ...o.allowHosts], o.sameSite);
  const fetcher = new PoliteFetcher({ ...o, userAgent: ua, scope, robots, limiter });
  const pool = new BrowserPool({
    executablePath: o.chromiumPath,
    size: o.browserPoolSize,
    userAgent: ua,
    timeoutMs: o.renderTimeoutMs,
    gate: async (url) => {
      if ((await fetcher.mayFetch(url)) !== 'ok') return false;
      await limiter.take(new URL(url).host);
      return true;
    },
  });
  const tagger = new TopicTagger(deps.taxonomy);
  const renderOf = new Map<string, RenderMode>(sources.map((s) => [s.url, s.render ?? o.render]));
  // Dedupe reads the store, then writes it: two workers recording the same text at once (a slow store, e.g. a
  // database) would both see "new". Fetching stays parallel; only recording is serial.
  let recording: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = recording.then(fn);
    recording = next.catch(() => undefined);
    return next;
  };

  const visit = async (entry: FrontierEntry): Promise<void> => {
    const res = await fetcher.fetch(entry.url);
    // Every URL that reached the network counts against maxPages, whatever it answered.
    if (res.kind !== 'disallowed' && res.kind !== 'off-site') {
      run.fetched++;
      await store.saveRun(run);
    }
    if (res.kind !== 'ok') {
      await store.finish(entry, { url: entry.url, source: entry.source, status: res.kind, at: now() });
      deps.onEvent?.({ type: 'visited', url: entry.url, status: res.kind, rendered: false, fetched: run.fetched });
      return;
    }
    let page = extractPage(res.html, res.finalUrl, res.contentLanguage);
    const mode = renderOf.get(entry.source) ?? o.render;
    const decision = mode === 'auto' ? needsRendering(page) : { render: mode === 'always', reason: `render=${mode}` };
    let rendered = false;
    let detail = decision.reason;
    if (decision.render) {
      try {
        const dom = await pool.render(res.finalUrl, res.html);
        const after = extractPage(dom, res.finalUrl, res.contentLanguage);
        page = { ...after, links: [...new Set([...page.links, ...after.links])] };
        rendered = true;
      } catch (err) {
        detail = `render failed, kept static text: ${err instanceof Error ? err.message : String(err)}`;
      }
    }
    const directives = pageDirectives(page.robotsMeta, res.robotsHeader);
    if (entry.depth < o.depth && !directives.nofollow) await store.enqueue(linksToFollow(page, entry, scope));
    if (directives.noindex) {
      await store.finish(entry, { url: entry.url, source: entry.source, status: 'noindex', at: now() });
      deps.onEvent?.({ type: 'visited', url: entry.url, status: 'noindex', rendered, fetched: run.fetched });
      return;
    }
    const canonicalUrl = scope.allows(page.canonicalUrl) ? page.canonicalUrl : res.finalUrl;
    const rec = await oneAtATime(() =>
      recordPage(store, tagger, { entry, finalUrl: res.finalUrl, page, rendered, runId: run.id, canonicalUrl }),
    );
    await store.finish(entry, {
      url: entry.url,
      source: entry.source,
      status: rec.status,
      at: now(),
      detail,
      ...(rec.pageUrl ? { pageUrl: rec.pageUrl } : {}),
    });
    deps.onEvent?.({
      type: 'visited',
      url: entry.url,
      status: rec.status,
      title: page.title,
      rendered,
      detail,
      fetched: run.fetched,
    });
  };

  try {
    const limits = { workers: o.concurrency, maxPages: o.maxPages, fetched: () => run.fetched };
    // A page that breaks the parser must not stop the crawl: it is recorded as an error and skipped.
    const visitOrRecord = async (entry: FrontierEntry): Promise<void> => {
      try {
        await visit(entry);
      } catch (err) {
        const detail = err instanceof Error ? err.message : String(err);
        await store.finish(entry, { url: entry.url, source: entry.source, status: 'error', at: now(), detail });
        deps.onEvent?.({
          type: 'visited',
          url: entry.url,
          status: 'error',
          rendered: false,
          detail,
          fetched: run.fetched,
        });
      }
    };
    await runWorkers(limits, () => deps.signal?.aborted === true, store, visitOrRecord);
  } finally {
    await pool.close();
  }
  const interrupted = deps.signal?.aborted === true;
  if (!interrupted) {
    run.finishedAt = now();
    await store.saveRun(run);
    await updateSourceStates(store, run);
  }
  return summarize(store, run, interrupted);
}

async function startOrResume(
  store: CrawlStore,
  sources: { url: string }[],
  { resume = true, onEvent, runId }: Pick<CrawlDeps, 'resume' | 'onEvent' | 'runId'>,
): Promise<CrawlRun> {
  const prev = await store.getRun();
  const same = prev !== undefined && prev.sources.map((s) => s.url).join('\n') === sources.map((s) => s.url).join('\n');
  if (resume && prev && !prev.finishedAt && same) {
    const requeued = await store.releaseClaims();
    onEvent?.({ type: 'resumed', runId: prev.id, requeued, done: (await store.listVisits()).length });
    return prev;
  }
  const run: CrawlRun = { id: runId ?? randomUUID(), sources, startedAt: now(), fetched: 0 };
  await store.resetFrontier();
  await store.saveRun(run);
  await store.enqueue(sources.map((s) => ({ url: s.url, depth: 0, source: s.url })));
  return run;
}

function linksToFollow(page: ExtractedPage, from: FrontierEntry, scope: HostScope): FrontierEntry[] {
  return page.links
    .filter((u) => scope.allows(u) && !looksLikeFile(u))
    .map((url) => ({ url, depth: from.depth + 1, source: from.source }));
}

async function updateSourceStates(store: CrawlStore, run: CrawlRun): Promise<void> {
  const pages: StoredPage[] = await store.listPages();
  const visits = await store.listVisits();
  for (const s of run.sources) {
    await store.saveSourceState({
      source: s.url,
      lastRunId: run.id,
      lastCrawledAt: now(),
      pages: pages.filter((p) => p.source === s.url).length,
      changed: visits.filter((v) => v.source === s.url && v.status === 'changed').length,
    });
  }
}

const now = (): string => new Date().toISOString();
function fail(message: string): never {
  throw new Error(message);
}
