/** One HTTP response, read up to a byte cap. `body` is undefined when the cap was hit (the download was aborted). */
export interface RawResponse {
  status: number;
  headers: Headers;
  body: Buffer | undefined;
  tooLarge: boolean;
}

export interface RawRequestOptions {
  userAgent: string;
  timeoutMs: number;
  maxBytes: number;
  /** Read the body only for these content types (e.g. HTML); others are closed unread. */
  accept?: (contentType: string) => boolean;
}

/** A single GET without following redirects; streams the body and aborts past `maxBytes` or `timeoutMs`. */
export async function rawGet(url: string, o: RawRequestOptions): Promise<RawResponse> {
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(new Error(`timeout after ${o.timeoutMs} ms`)), o.timeoutMs);
  try {
    const res = await fetch(url, {
      redirect: 'manual',
      signal: ctrl.signal,
      headers: { 'user-agent': o.userAgent, accept: 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5' },
    });
    const type = res.headers.get('content-type') ?? '';
    const declared = Number(res.headers.get('content-length') ?? NaN);
    const skip = (res.status >= 300 && res.status < 400) || (o.accept !== undefined && !o.accept(type));
    if (skip || declared > o.maxBytes) {
      ctrl.abort();
      return { status: res.status, headers: res.headers, body: skip ? Buffer.alloc(0) : undefined, tooLarge: !skip };
    }
    const body = await readCapped(res, o.maxBytes, ctrl);
    return { status: res.status, headers: res.headers, body, tooLarge: body === undefined };
  } finally {
    clearTimeout(timer);
  }
}

async function readCapped(res: Response, maxBytes: number, ctrl: AbortController): Promise<Buffer | undefined> {
  if (!res.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      // Stop the transfer itself, not just our reading: the server sees the connection close.
      ctrl.abort();
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** Parses Retry-After (seconds or an HTTP date) into milliseconds from now. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const secs = Number(header);
  if (Number.isFinite(secs)) return Math.max(0, secs * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Decodes a body with the charset from Content-Type (UTF-8 when absent or unknown). */
export function decodeBody(body: Buffer, contentType: string): string {
  const charset = /charset=([^;]+)/i.exec(contentType)?.[1]?.trim().replace(/"/g, '') ?? 'utf-8';
  try {
    return new TextDecoder(charset).decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body);
  }
}
