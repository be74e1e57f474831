import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One chat-completions request as the server received it. */
export interface RecordedRequest {
  body: {
    model: string;
    messages: { role: string; content: string }[];
    temperature?: number;
    response_format?: { type: string; json_schema?: { name: string; schema: unknown } };
  };
  /** `response_format.json_schema.name`: the task. */
  schemaName: string;
}

/** What the server does with one request. */
export type Reply =
  | { kind: 'json'; value: unknown; delayMs?: number }
  | { kind: 'text'; text: string }
  | { kind: 'status'; status: number; retryAfter?: string; retryAfterMs?: number };

export const reply = {
  /** A schema-valid (or not: the test decides) object as the assistant's JSON content. */
  json: (value: unknown): Reply => ({ kind: 'json', value }),
  /** Raw assistant content, e.g. text that is not JSON. */
  text: (text: string): Reply => ({ kind: 'text', text }),
  /** Answers only after `delayMs`, to prove the client's timeout. */
  slow: (delayMs: number, value: unknown): Reply => ({ kind: 'json', value, delayMs }),
  rateLimited: (retryAfter: string): Reply => ({ kind: 'status', status: 429, retryAfter }),
  serverError: (status = 500): Reply => ({ kind: 'status', status }),
};

export interface OpenAiTestServer {
  /** Base URL for the SDK, ending in `/v1`. */
  url: string;
  requests: RecordedRequest[];
  /** Replies used in order before the fallback responder. */
  script(...replies: Reply[]): void;
  close(): Promise<void>;
}

const tokens = (text: string): number => Math.ceil(text.length / 4);

/** Starts a loopback OpenAI-compatible `/v1/chat/completions` server; `fallback` answers unscripted requests. */
export async function startOpenAiServer(fallback: (req: RecordedRequest) => Reply): Promise<OpenAiTestServer> {
  const requests: RecordedRequest[] = [];
  const queue: Reply[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
        res.writeHead(404).end();
        return;
      }
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as RecordedRequest['body'];
      const recorded: RecordedRequest = { body, schemaName: body.response_format?.json_schema?.name ?? '' };
      requests.push(recorded);
      const r = queue.shift() ?? fallback(recorded);
      if (r.kind === 'status') {
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (r.retryAfter !== undefined) headers['retry-after'] = r.retryAfter;
        if (r.retryAfterMs !== undefined) headers['retry-after-ms'] = String(r.retryAfterMs);
        res
          .writeHead(r.status, headers)
          .end(JSON.stringify({ error: { message: `status ${r.status}`, type: 'test' } }));
        return;
      }
      const content = r.kind === 'json' ? JSON.stringify(r.value) : r.text;
      // Like the real API, the structured-output schema counts as prompt input.
      const promptTokens = tokens(
        body.messages.map((m) => m.content).join('\n') + JSON.stringify(body.response_format ?? ''),
      );
      const send = (): void => {
        if (res.destroyed) return;
        res.writeHead(200, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            id: `chatcmpl-${requests.length}`,
            object: 'chat.completion',
            created: Math.floor(Date.now() / 1000),
            model: body.model,
            choices: [
              {
                index: 0,
                finish_reason: 'stop',
                logprobs: null,
                message: { role: 'assistant', content, refusal: null },
              },
            ],
            usage: {
              prompt_tokens: promptTokens,
              completion_tokens: tokens(content),
              total_tokens: promptTokens + tokens(content),
            },
          }),
        );
      };
      if (r.kind === 'json' && r.delayMs) setTimeout(send, r.delayMs);
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    script: (...replies) => queue.push(...replies),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
