import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RefTurn } from './generate-conversation.ts';

/** One transcription request as the fake server saw it. */
export interface SeenRequest {
  model: string;
  responseFormat: string;
  chunkingStrategy: string | null;
  granularity: string | null;
  authorization: string;
  fileName: string;
  audio: Buffer;
}

/**
 * A local OpenAI-compatible /v1/audio/transcriptions endpoint. It answers from the reference turns of the chunk
 * named in the upload, labelling speakers "A"/"B" but swapping them on every other chunk (as a real diarizing
 * API may), and fails the very first request with 429 to exercise retries.
 */
export async function startFakeOpenAi(turns: RefTurn[], chunkSec: number, overlapSec: number) {
  const seen: SeenRequest[] = [];
  let calls = 0;
  const server: Server = createServer((req, res) => {
    const body: Buffer[] = [];
    req.on('data', (c: Buffer) => body.push(c));
    req.on('end', () => {
      void (async () => {
        calls += 1;
        if (calls === 1) {
          res.writeHead(429, { 'content-type': 'application/json', 'retry-after-ms': '10' });
          res.end(JSON.stringify({ error: { message: 'rate limited', type: 'rate_limit' } }));
          return;
        }
        const form = await new Response(Buffer.concat(body), {
          headers: { 'content-type': req.headers['content-type'] ?? '' },
        }).formData();
        const file = form.get('file') as File;
        const r: SeenRequest = {
          model: String(form.get('model')),
          responseFormat: String(form.get('response_format')),
          chunkingStrategy: form.get('chunking_strategy') as string | null,
          granularity: form.get('timestamp_granularities[]') as string | null,
          authorization: req.headers.authorization ?? '',
          fileName: file.name,
          audio: Buffer.from(await file.arrayBuffer()),
        };
        seen.push(r);
        const index = Number(/chunk-(\d+)/.exec(file.name)?.[1] ?? 0);
        const start = index * (chunkSec - overlapSec);
        const end = start + chunkSec;
        const segments = turns
          .filter((t) => t.start < end && t.end > start)
          .map((t, i) => ({
            id: `seg_${i}`,
            type: 'transcript.text.segment',
            start: Math.max(0, t.start - start),
            end: Math.min(chunkSec, t.end - start),
            text: t.text,
            speaker: (t.speaker === 'T') === (index % 2 === 0) ? 'A' : 'B',
          }));
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify(
            r.responseFormat === 'diarized_json'
              ? { task: 'transcribe', duration: chunkSec, text: segments.map((s) => s.text).join(' '), segments }
              : {
                  task: 'transcribe',
                  language: 'english',
                  duration: chunkSec,
                  text: '',
                  segments: segments.map(({ speaker: _s, ...s }, id) => ({ ...s, id })),
                },
          ),
        );
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    seen,
    calls: () => calls,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
