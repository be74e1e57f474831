import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildProgram } from '../src/main.ts';

const doc = (title: string, body: string): string =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main><article><h1>${title}</h1>` +
  `${body}</article></main></body></html>`;
const para = (text: string): string => `<p>${text}</p>`.repeat(4);

const pages = new Map<string, string>([
  [
    '/',
    doc(
      'Self-help library',
      para('Short practical pages our practice recommends to clients between sessions, to try at home.') +
        '<a href="/sleep">Sleep</a> <a href="/breathing">Breathing</a> <a href="/private/notes">Staff</a>',
    ),
  ],
  [
    '/sleep',
    doc(
      'Sleep hygiene basics',
      para('Go to bed at the same time every night. Insomnia eases when the bedroom is dark and you sleep there only.'),
    ),
  ],
  [
    '/breathing',
    doc(
      'Box breathing',
      para('When panic and anxiety rise, breathe in for four, hold for four, breathe out for four.'),
    ),
  ],
  ['/private/notes', doc('Staff notes', para('Internal notes that robots.txt keeps out of any crawl of this site.'))],
]);

describe('insession crawl', () => {
  let server: Server;
  let origin = '';
  let dir: string;
  const requested: string[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      const p = new URL(req.url ?? '/', 'http://x').pathname;
      requested.push(p);
      if (p === '/robots.txt') return void res.end('User-agent: *\nDisallow: /private/\n');
      const html = pages.get(p);
      res.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' }).end(html ?? 'not found');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    dir = await mkdtemp(path.join(os.tmpdir(), 'insession-crawl-'));
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
    await rm(dir, { recursive: true, force: true });
  });
  afterEach(() => vi.restoreAllMocks());

  async function crawl(...args: string[]): Promise<{ stdout: string; stderr: string }> {
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const flags = ['--depth', '1', '--rate', '50', '--render', 'never', '--out', dir];
    await buildProgram().parseAsync(['node', 'insession', 'crawl', `${origin}/`, ...flags, ...args]);
    const text = (spy: typeof out) => spy.mock.calls.map((c) => String(c[0])).join('');
    return { stdout: text(out), stderr: text(err) };
  }

  it('crawls a site into Markdown files with titles and topic tags, never fetching disallowed pages', async () => {
    const { stdout, stderr } = await crawl();
    expect(stdout).toMatch(/^Done: 3 URLs fetched \(.*3 new.*\)$/m);
    expect(stdout).toMatch(/1 disallowed/);
    expect(stdout).toMatch(/^en +sleep\b.* Sleep hygiene basics {2}<http:\/\/127\.0\.0\.1:\d+\/sleep>$/m);
    expect(stderr).toMatch(/\[\d\/200\] new +http:\/\/127\.0\.0\.1:\d+\/breathing {2}Box breathing/);
    expect(requested).not.toContain('/private/notes');
    const files = (await readdir(path.join(dir, 'pages'))).sort();
    expect(files).toHaveLength(3);
    const sleep = await readFile(path.join(dir, 'pages', files.find((f) => f.endsWith('-sleep.md')) ?? ''), 'utf8');
    expect(sleep).toMatch(/^title: "Sleep hygiene basics"$/m);
    expect(sleep).toMatch(/Insomnia eases when the bedroom is dark/);
    const index = JSON.parse(await readFile(path.join(dir, 'index.json'), 'utf8')) as { title: string }[];
    expect(index.map((p) => p.title).sort()).toEqual(['Box breathing', 'Self-help library', 'Sleep hygiene basics']);
  });

  it('re-crawls into the same directory and reports the page that changed', async () => {
    pages.set('/sleep', doc('Sleep hygiene basics', para('Updated: keep a sleep diary each morning for two weeks.')));
    const { stdout } = await crawl();
    expect(stdout).toMatch(/^Done: 3 URLs fetched \(.*1 changed.*\)$/m);
    expect(stdout).toMatch(/2 unchanged/);
    const files = await readdir(path.join(dir, 'pages'));
    const sleep = await readFile(path.join(dir, 'pages', files.find((f) => f.endsWith('-sleep.md')) ?? ''), 'utf8');
    expect(sleep).toMatch(/keep a sleep diary/);
  });
});
