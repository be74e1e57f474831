import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

// A small self-help site on 127.0.0.1 for the library tests: an index, two topical pages, a mirrored duplicate,
// and a robots.txt that shuts the crawler out of /private/. Every request is logged so tests can prove what was
// (not) fetched.

const doc = (title: string, body: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>` +
  `<body><nav><a href="/">Home</a></nav><main><article><h1>${title}</h1>${body}</article></main></body></html>`;

const SLEEP = `
<p>Good sleep starts with a regular rhythm. Go to bed and get up at the same time every day, even after a night
of insomnia. Keep the bedroom dark, cool and quiet, and use the bed only for sleep.</p>
<p>Keep a sleep diary: each morning write down when you went to bed, when you fell asleep and how tired you
feel. If you are awake at night for more than twenty minutes, get up and do something calm until you feel
tired again. Avoid coffee after noon and screens in the last hour before sleep.</p>`;

const BREATHING = `
<p>Box breathing is a simple exercise for moments of panic and anxiety. When your heart racing makes you feel
you are losing control, breathe in for four counts, hold for four, breathe out for four and hold for four.</p>
<p>Practise it twice a day when you are calm, so it is familiar when worry and panic arrive. Many people
notice that their anxious thoughts slow down after a few rounds of slow breathing.</p>`;

export const LIBRARY_ROBOTS = 'User-agent: *\nDisallow: /private/\n';

export const libraryPages = (): Map<string, string> =>
  new Map([
    [
      '/',
      doc(
        'Self-help library',
        `<p>Pages our practice recommends between sessions. Each one is short and practical, written for clients
who want something to try at home this week.</p><ul><li><a href="/sleep">Sleep hygiene</a></li>
<li><a href="/breathing">Box breathing</a></li><li><a href="/mirror/breathing">Box breathing (mirror)</a></li>
<li><a href="/private/staff">Staff notes</a></li></ul>`,
      ),
    ],
    ['/sleep', doc('Sleep hygiene basics', SLEEP)],
    ['/breathing', doc('Box breathing for panic', BREATHING)],
    ['/mirror/breathing', doc('Box breathing for panic', BREATHING)],
    ['/private/staff', doc('Staff notes', '<p>Internal notes that robots.txt keeps out of the library.</p>')],
  ]);

export interface LibrarySite {
  origin: string;
  /** Paths requested, in order (robots.txt included). */
  requests: string[];
  setPage(path: string, title: string, body: string): void;
  close(): Promise<void>;
}

export async function startLibrarySite(): Promise<LibrarySite> {
  const pages = libraryPages();
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push(path);
    if (path === '/robots.txt') return void res.writeHead(200, { 'content-type': 'text/plain' }).end(LIBRARY_ROBOTS);
    const html = pages.get(path);
    if (html === undefined) return void res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    setPage: (path, title, body) => void pages.set(path, doc(title, body)),
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
