import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pages, ROBOTS_TXT, APP_JS, GROUNDING_JSON } from './site-content.ts';

/** One request as the server saw it. */
export interface LoggedRequest {
  at: number;
  host: string;
  path: string;
  userAgent: string;
  status: number;
}

/** A local website for crawler tests and the bench, with a request log and switchable content. */
export interface LocalSite {
  origin: string;
  port: number;
  log: LoggedRequest[];
  /** Bytes the huge page wrote before the client hung up, and whether it ever finished. */
  huge: { bytesWritten: number; finished: boolean };
  /** Replaces a page's HTML (for change detection). */
  setPage(path: string, html: string): void;
  close(): Promise<void>;
}

const HUGE_TOTAL = 20 * 1024 * 1024;

/** Starts the site on 127.0.0.1 on a free port; `robots` replaces the default robots.txt. */
export async function startLocalSite(extraPages: Record<string, string> = {}, robots = ROBOTS_TXT): Promise<LocalSite> {
  const html = new Map(Object.entries({ ...pages, ...extraPages }));
  const log: LoggedRequest[] = [];
  const huge = { bytesWritten: 0, finished: false };
  const busyHits = new Map<string, number>();
  let port = 0;

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://x');
    const entry: LoggedRequest = {
      at: Date.now(),
      host: req.headers.host ?? '',
      path: url.pathname + url.search,
      userAgent: req.headers['user-agent'] ?? '',
      status: 200,
    };
    log.push(entry);
    const send = (status: number, type: string, body: string, headers: Record<string, string> = {}): void => {
      entry.status = status;
      res.writeHead(status, { 'content-type': type, ...headers }).end(body);
    };
    const p = url.pathname;
    if (p === '/robots.txt') return send(200, 'text/plain', robots);
    if (p === '/static/app.js') return send(200, 'text/javascript', APP_JS);
    if (p === '/api/grounding.json') return send(200, 'application/json', JSON.stringify(GROUNDING_JSON));
    if (p === '/loop-a') return send(302, 'text/plain', '', { location: '/loop-b' });
    if (p === '/loop-b') return send(302, 'text/plain', '', { location: '/loop-a' });
    if (p === '/busy' || p.startsWith('/busy-')) {
      const n = (busyHits.get(p) ?? 0) + 1;
      busyHits.set(p, n);
      if (n === 1) return send(429, 'text/plain', 'slow down', { 'retry-after': '1' });
    }
    if (p === '/huge') return streamHuge(res, huge);
    const page = html.get(p);
    if (page === undefined) return send(404, 'text/html', '<h1>Not found</h1>');
    send(200, 'text/html; charset=utf-8', page.replaceAll('localhost:PORT', `localhost:${port}`));
  };

  const server: Server = createServer(handle);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    log,
    huge,
    setPage: (path, body) => void html.set(path, body),
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

// Streams a 20 MB page (chunked, no Content-Length) with backpressure, so the byte count shows when the client quit.
function streamHuge(res: ServerResponse, huge: { bytesWritten: number; finished: boolean }): void {
  res.writeHead(200, { 'content-type': 'text/html' });
  const chunk = Buffer.from(`<p>${'calm breathing '.repeat(4096)}</p>\n`);
  let closed = false;
  res.on('close', () => (closed = true));
  const pump = (): void => {
    while (!closed && huge.bytesWritten < HUGE_TOTAL) {
      huge.bytesWritten += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    if (!closed) {
      huge.finished = true;
      res.end();
    }
  };
  res.write('<html><body>');
  pump();
}
