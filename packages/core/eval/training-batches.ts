import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dataDir = fileURLToPath(new URL('../data/', import.meta.url));

/** Every `*.json` batch in a folder of packages/core/data, in file-name order, with the rows it holds. */
export async function readBatches<T>(folder: string): Promise<{ file: string; rows: T[] }[]> {
  const dir = path.join(dataDir, folder);
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  return Promise.all(
    files.map(async (file) => ({ file, rows: JSON.parse(await readFile(path.join(dir, file), 'utf8')) as T[] })),
  );
}

/** The rows with the first occurrence of each text only. */
export function uniqueTexts<T extends { text: string }>(rows: readonly T[]): T[] {
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(r.text) && seen.add(r.text));
}
