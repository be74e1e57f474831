import { appendFile, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CrawlRun, FrontierEntry, SourceState, StoredPage, VisitRecord } from './crawl-store.ts';
import { MemoryCrawlStore, type CrawlStoreSnapshot } from './memory-crawl.store.ts';

/**
 * Crawl state on disk for the CLI: the frontier in one small JSON file, rewritten atomically after every change,
 * and pages appended to a JSON-lines file (the last line for a URL wins), so a killed crawl can resume and a
 * 200-page crawl does not rewrite every page's Markdown on every step.
 */
export class JsonFileCrawlStore extends MemoryCrawlStore {
  private writing: Promise<void> = Promise.resolve();

  private constructor(
    private readonly file: string,
    private readonly pagesFile: string,
    snapshot?: CrawlStoreSnapshot,
  ) {
    super(snapshot);
  }

  /** Opens the store at `file` (pages go next to it in `<name>.pages.jsonl`), loading what exists. */
  static async open(file: string): Promise<JsonFileCrawlStore> {
    const pagesFile = file.replace(/\.json$/, '') + '.pages.jsonl';
    await mkdir(path.dirname(file), { recursive: true });
    const state = await readIfExists(file);
    const lines = await readIfExists(pagesFile);
    const pages = new Map<string, StoredPage>();
    let lineCount = 0;
    for (const line of (lines ?? '').split('\n')) {
      if (line.trim() === '') continue;
      lineCount++;
      try {
        const p = JSON.parse(line) as StoredPage;
        pages.set(p.canonicalUrl, p);
      } catch {
        // A crash mid-append leaves a torn last line; the page it held is fetched again.
      }
    }
    const frontier = state ? (JSON.parse(state) as Omit<CrawlStoreSnapshot, 'pages'>) : undefined;
    const snapshot = frontier ? { ...frontier, pages: [...pages.values()] } : undefined;
    const store = new JsonFileCrawlStore(file, pagesFile, snapshot ?? { ...empty(), pages: [...pages.values()] });
    if (lineCount > 2 * pages.size) await store.compactPages();
    return store;
  }

  override async saveRun(run: CrawlRun): Promise<void> {
    await super.saveRun(run);
    await this.persist();
  }
  override async resetFrontier(): Promise<void> {
    await super.resetFrontier();
    await this.persist();
  }
  override async enqueue(entries: FrontierEntry[]): Promise<number> {
    const n = await super.enqueue(entries);
    if (n > 0) await this.persist();
    return n;
  }
  override async claim(): Promise<FrontierEntry | undefined> {
    const e = await super.claim();
    if (e) await this.persist();
    return e;
  }
  override async finish(entry: FrontierEntry, record: VisitRecord): Promise<void> {
    await super.finish(entry, record);
    await this.persist();
  }
  override async releaseClaims(): Promise<number> {
    const n = await super.releaseClaims();
    await this.persist();
    return n;
  }
  override async savePage(page: StoredPage): Promise<void> {
    await super.savePage(page);
    await this.serial(() => appendFile(this.pagesFile, `${JSON.stringify(page)}\n`));
  }
  override async saveSourceState(state: SourceState): Promise<void> {
    await super.saveSourceState(state);
    await this.persist();
  }

  private persist(): Promise<void> {
    const data = JSON.stringify(this.frontierSnapshot());
    return this.serial(() => replaceFile(this.file, data));
  }

  private compactPages(): Promise<void> {
    const data = [...this.pages.values()].map((p) => `${JSON.stringify(p)}\n`).join('');
    return this.serial(() => replaceFile(this.pagesFile, data));
  }

  // Writes are chained so two workers never interleave.
  private serial(write: () => Promise<void>): Promise<void> {
    const next = this.writing.then(write);
    this.writing = next.catch(() => undefined);
    return next;
  }
}

// Write-then-rename: a crash leaves either the old or the new file, never half of one.
async function replaceFile(file: string, data: string): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, file);
}

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

function empty(): Omit<CrawlStoreSnapshot, 'pages'> {
  return { pending: [], claimed: [], visits: [], sources: [] };
}
