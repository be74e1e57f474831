import { readdirSync, readFileSync } from 'node:fs';
import { topicTaxonomy } from '@insession/core';
import { crawl, MemoryCrawlStore, type RenderMode } from '@insession/crawler';
import { startLocalSite } from '../packages/crawler/test/support/local-site.ts';
import type { BenchRow } from './bench-row.ts';

// Pages/s on a local site, plain HTTP vs Chromium rendering over the same pages, and memory with the browser pool.
// robots.txt has no crawl-delay and the rate is high, so the figures measure the crawler, not the politeness.
// Targets: the default politeness budget is 0.5 requests/s per host, so 10 sources crawled at once need 5 pages/s;
// rendering must at least keep up with one host at that rate.
const PAGES = 40;
const RENDERED_PAGES = 16;
const POOL = 2;

function sitePages(n: number): Record<string, string> {
  const para = (i: number): string =>
    `<p>Exercise ${i}: when worry and anxiety build up, slow your breathing and notice five things around you. ` +
    `Write down one anxious thought and one kinder answer to it. Practise for ten minutes before sleep.</p>`;
  const pages: Record<string, string> = {};
  const links = Array.from({ length: n }, (_, i) => `<li><a href="/p/${i}">Exercise ${i}</a></li>`).join('');
  pages['/'] =
    `<html lang="en"><head><title>Library</title></head><body><h1>Library</h1><p>${'Self-help pages. '.repeat(20)}</p><ul>${links}</ul></body></html>`;
  for (let i = 0; i < n; i++) {
    pages[`/p/${i}`] =
      `<html lang="en"><head><title>Exercise ${i}</title><script>document.title = document.title;</script></head>` +
      `<body><article><h1>Exercise ${i}</h1>${para(i)}${para(i + 1000)}${para(i + 2000)}</article></body></html>`;
  }
  return pages;
}

// Proportional set size of this process and every Chromium process under it, in MB (Linux /proc). PSS splits
// shared pages between the processes that map them; summing plain RSS would count Chromium's shared libraries
// once per process.
function treePssMb(): number {
  const parent = new Map<number, number>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      // /proc/PID/stat: "pid (comm) state ppid …"; comm may contain spaces, so split after the last ')'.
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      parent.set(Number(d), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process exited while we were listing.
    }
  }
  const inTree = (pid: number): boolean => {
    for (let p = pid; p > 1; p = parent.get(p) ?? 0) if (p === process.pid) return true;
    return false;
  };
  let kb = 0;
  for (const pid of parent.keys()) {
    if (!inTree(pid)) continue;
    try {
      kb += Number(/Pss:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
    } catch {
      // Exited.
    }
  }
  return kb / 1024;
}

async function measure(origin: string, render: RenderMode, maxPages: number): Promise<{ pps: number; peakMb: number }> {
  let peakMb = treePssMb();
  const sampler = setInterval(() => (peakMb = Math.max(peakMb, treePssMb())), 500);
  const t0 = performance.now();
  const summary = await crawl(
    { sources: [{ url: `${origin}/` }], depth: 1, rate: 1000, render, maxPages, concurrency: 4, browserPoolSize: POOL },
    { store: new MemoryCrawlStore(), taxonomy: topicTaxonomy },
  );
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(sampler);
  const stored = summary.pages.length;
  if (stored !== maxPages) throw new Error(`expected ${maxPages} pages, stored ${stored}`);
  return { pps: stored / seconds, peakMb: Math.max(peakMb, treePssMb()) };
}

export async function run(): Promise<BenchRow[]> {
  const site = await startLocalSite(sitePages(PAGES), 'User-agent: *\nAllow: /\n');
  try {
    await measure(site.origin, 'never', 5); // warm-up: module loading and JIT
    const stat = await measure(site.origin, 'never', PAGES);
    const rendered = await measure(site.origin, 'always', RENDERED_PAGES);
    return [
      {
        group: 'crawler',
        metric: 'static pages/s (HTTP + Readability + Markdown)',
        value: stat.pps,
        unit: 'pages/s',
        target: '≥ 5',
        pass: stat.pps >= 5,
      },
      {
        group: 'crawler',
        metric: `rendered pages/s (Chromium pool of ${POOL})`,
        value: rendered.pps,
        unit: 'pages/s',
        baseline: { label: 'static', value: stat.pps },
        target: '≥ 0.5',
        pass: rendered.pps >= 0.5,
      },
      {
        group: 'crawler',
        metric: `peak memory (PSS), node + Chromium pool of ${POOL}`,
        value: rendered.peakMb,
        unit: 'MB',
        baseline: { label: 'static crawl', value: stat.peakMb },
        target: '≤ 1000',
        pass: rendered.peakMb <= 1000,
      },
    ];
  } finally {
    await site.close();
  }
}
