import { mkdir, readFile, rename, writeFile, access } from 'node:fs/promises';
import path from 'node:path';

/** Checkpoint files under a job's work directory; each is written atomically so a crash never leaves half a chunk. */
export class ChunkStore {
  constructor(private readonly workDir: string) {}

  /** Path of a checkpoint, e.g. ('analysis', 3, 'f32') → workDir/analysis/chunk-00003.f32. */
  file(kind: string, index: number, ext: string): string {
    return path.join(this.workDir, kind, `chunk-${String(index).padStart(5, '0')}.${ext}`);
  }

  async has(kind: string, index: number, ext: string): Promise<boolean> {
    return access(this.file(kind, index, ext)).then(
      () => true,
      () => false,
    );
  }

  async write(kind: string, index: number, ext: string, data: Uint8Array | string): Promise<void> {
    const target = this.file(kind, index, ext);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(`${target}.tmp`, data);
    await rename(`${target}.tmp`, target);
  }

  async read(kind: string, index: number, ext: string): Promise<Buffer> {
    return readFile(this.file(kind, index, ext));
  }

  /** A JSON checkpoint, or undefined when that chunk is not finished yet. */
  async readJson<T>(kind: string, index: number): Promise<T | undefined> {
    if (!(await this.has(kind, index, 'json'))) return undefined;
    return JSON.parse((await this.read(kind, index, 'json')).toString('utf8')) as T;
  }
}
