import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CrawlRun, FrontierEntry, SourceState, StoredPage, VisitRecord } from './crawl-store.ts';
import { MemoryCrawlStore, type CrawlStoreSnapshot } from './memory-crawl.store.ts';

/** Crawl state in one JSON file, rewritten atomically after every change so a killed crawl can resume. */
export class JsonFileCrawlStore extends MemoryCrawlStore {
  private writing: Promise<void> = Promise.resolve();

  private constructor(
    private readonly file: string,
    snapshot?: CrawlStoreSnapshot,
  ) {
    super(snapshot);
  }

  /** Opens the store at `file`, loading it when it exists. */
  static async open(file: string): Promise<JsonFileCrawlStore> {
    let snapshot: CrawlStoreSnapshot | undefined;
    try {
      snapshot = JSON.parse(await readFile(file, 'utf8')) as CrawlStoreSnapshot;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    await mkdir(path.dirname(file), { recursive: true });
    return new JsonFileCrawlStore(file, snapshot);
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
    await this.persist();
  }
  override async saveSourceState(state: SourceState): Promise<void> {
    await super.saveSourceState(state);
    await this.persist();
  }

  // Writes are chained so two workers never interleave; write-then-rename means a crash leaves the old or new file.
  private persist(): Promise<void> {
    const data = JSON.stringify(this.snapshot());
    const next = this.writing.then(async () => {
      const tmp = `${this.file}.${process.pid}.tmp`;
      await writeFile(tmp, data);
      await rename(tmp, this.file);
    });
    this.writing = next.catch(() => undefined);
    return next;
  }
}
