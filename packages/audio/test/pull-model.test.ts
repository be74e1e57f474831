import { createHash, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AudioError, pullModel, type ModelEntry } from '../src/index.ts';
import { tempDir } from './support/temp-dir.ts';

const good = randomBytes(300_000);
const model: ModelEntry = {
  id: 'test',
  file: 'ggml-test.bin',
  bytes: good.length,
  sha256: createHash('sha256').update(good).digest('hex'),
};
let requests: string[] = [];
let serveTampered = false;
const server = createServer((req, res) => {
  requests.push(req.url ?? '');
  if (req.url !== '/models/ggml-test.bin') {
    res.writeHead(404).end('not found');
    return;
  }
  const body = serveTampered ? Buffer.concat([good.subarray(0, -1), Buffer.from([good.at(-1)! ^ 1])]) : good;
  res.writeHead(200, { 'content-length': body.length }).end(body);
});
let baseUrl: string;
let dir: string;

beforeAll(async () => {
  dir = await tempDir();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/models`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('models pull', () => {
  it('downloads a model, verifies its SHA-256 and does not download it twice', async () => {
    const progress: number[] = [];
    const first = await pullModel(model, { dir, baseUrl, onProgress: (r) => progress.push(r) });
    expect(first).toEqual({ path: path.join(dir, 'ggml-test.bin'), downloaded: true });
    expect((await readFile(first.path)).equals(good)).toBe(true);
    expect(progress.at(-1)).toBe(good.length);
    requests = [];
    const second = await pullModel(model, { dir, baseUrl });
    expect(second.downloaded).toBe(false);
    expect(requests).toEqual([]);
  });

  it('discards a download whose checksum does not match', async () => {
    const other = path.join(dir, 'tampered');
    serveTampered = true;
    try {
      const err = await pullModel(model, { dir: other, baseUrl }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(AudioError);
      expect((err as Error).message).toMatch(/does not match its published checksum/);
      expect(await readdir(other)).toEqual([]);
    } finally {
      serveTampered = false;
    }
  });

  it('reports an HTTP failure with the URL', async () => {
    const err = await pullModel({ ...model, file: 'missing.bin' }, { dir, baseUrl }).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/HTTP 404 from http:\/\/127\.0\.0\.1:\d+\/models\/missing\.bin/);
  });
});
