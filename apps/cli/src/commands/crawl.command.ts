import path from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { topicTaxonomy } from '@insession/core';
import { crawl, exportPages, JsonFileCrawlStore, type CrawlEvent, type RenderMode } from '@insession/crawler';

interface CrawlFlags {
  depth: number;
  sameSite: boolean;
  allowHost: string[];
  rate: number;
  render: RenderMode;
  maxPages: number;
  out: string;
  contact?: string;
  chromium?: string;
  fresh?: boolean;
}

const number = (min: number) => (v: string) => {
  const n = Number(v);
  if (!Number.isFinite(n) || n < min) throw new InvalidArgumentError(`must be a number ≥ ${min}`);
  return n;
};
const renderMode = (v: string): RenderMode => {
  if (v === 'auto' || v === 'always' || v === 'never') return v;
  throw new InvalidArgumentError('must be auto, always or never');
};

/** Registers `insession crawl URL…`: a polite crawl of self-help sites into Markdown files. */
export function registerCrawlCommand(program: Command): void {
  program
    .command('crawl')
    .description('Crawl self-help sites (robots.txt respected, rate limited) into readable Markdown with topic tags')
    .argument('<urls...>', 'source URLs the practice trusts')
    .option('--depth <n>', 'link depth from each source', number(0), 2)
    .option('--same-site', 'only follow links on the listed hosts', true)
    .option('--no-same-site', 'also follow links to other hosts')
    .option(
      '--allow-host <host>',
      'another host that may be crawled (repeatable)',
      (v: string, a: string[]) => [...a, v],
      [],
    )
    .option('--rate <n>', 'requests per second per host (a larger robots.txt crawl-delay wins)', number(0.01), 0.5)
    .option('--render <mode>', 'JavaScript rendering: auto, always or never', renderMode, 'auto')
    .option('--max-pages <n>', 'stop after this many fetched URLs', number(1), 200)
    .option('--out <dir>', 'output directory (pages/*.md, index.json, crawl-state.json)', 'crawl-output')
    .option('--contact <url>', 'contact URL or mailto: put in the User-Agent for site owners')
    .option('--chromium <path>', 'Chromium binary used for rendering', '/usr/bin/chromium')
    .option('--fresh', 'ignore an unfinished crawl in --out instead of resuming it')
    .action(async (urls: string[], flags: CrawlFlags) => {
      const store = await JsonFileCrawlStore.open(path.join(flags.out, 'crawl-state.json'));
      const stop = new AbortController();
      // First Ctrl-C stops claiming new URLs and leaves a resumable state file; a second one exits at once.
      process.once('SIGINT', () => {
        process.stderr.write('\nstopping after the pages in flight; run the same command again to resume\n');
        stop.abort();
        process.once('SIGINT', () => process.exit(130));
      });
      const summary = await crawl(
        {
          sources: urls.map((url) => ({ url })),
          depth: flags.depth,
          sameSite: flags.sameSite,
          allowHosts: flags.allowHost,
          rate: flags.rate,
          render: flags.render,
          maxPages: flags.maxPages,
          ...(flags.contact ? { contact: flags.contact } : {}),
          ...(flags.chromium ? { chromiumPath: flags.chromium } : {}),
        },
        {
          store,
          taxonomy: topicTaxonomy,
          resume: flags.fresh !== true,
          onEvent: (e) => process.stderr.write(progressLine(e, flags.maxPages)),
          signal: stop.signal,
        },
      );
      const pages = await store.listPages();
      await exportPages(pages, flags.out);
      const counts = Object.entries(summary.byStatus)
        .map(([s, n]) => `${n} ${s}`)
        .join(', ');
      process.stdout.write(
        `${summary.interrupted ? 'Interrupted' : 'Done'}: ${summary.fetched} URLs fetched (${counts})\n`,
      );
      for (const p of pages) {
        const tags = p.tags.map((t) => t.id).join(',') || '-';
        process.stdout.write(`${p.language.padEnd(3)} ${tags.padEnd(32)} ${p.title}  <${p.canonicalUrl}>\n`);
      }
      process.stdout.write(`Pages written to ${path.join(flags.out, 'pages')}\n`);
    });
}

function progressLine(e: CrawlEvent, max: number): string {
  switch (e.type) {
    case 'resumed':
      return `resuming crawl ${e.runId.slice(0, 8)}: ${e.done} URLs already done, ${e.requeued} re-queued\n`;
    case 'visited': {
      const how = e.rendered ? ' [rendered]' : '';
      return `[${e.fetched}/${max}] ${e.status.padEnd(13)} ${e.url}${how}${e.title ? `  ${e.title}` : ''}\n`;
    }
  }
}
