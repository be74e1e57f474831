export interface SseEvent {
  id: string;
  event: string;
  data: unknown;
}

/** A minimal EventSource over fetch (Node has none built in): collects parsed events as they arrive. */
export class SseClient {
  readonly events: SseEvent[] = [];
  private readonly abort = new AbortController();
  private waiters: (() => void)[] = [];
  readonly opened: Promise<number>;

  constructor(url: string, headers: Record<string, string>) {
    this.opened = this.run(url, headers);
    this.opened.catch(() => {});
  }

  private async run(url: string, headers: Record<string, string>): Promise<number> {
    const res = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: this.abort.signal });
    if (!res.body) return res.status;
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    void (async () => {
      let buf = '';
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) return;
          buf += value;
          let idx;
          while ((idx = buf.indexOf('\n\n')) >= 0) {
            const frame = buf.slice(0, idx);
            buf = buf.slice(idx + 2);
            const fields = Object.fromEntries(
              frame
                .split('\n')
                .filter((l) => l && !l.startsWith(':'))
                .map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trimStart()]),
            );
            if (fields['data'] === undefined) continue;
            this.events.push({
              id: fields['id'] ?? '',
              event: fields['event'] ?? 'message',
              data: JSON.parse(fields['data']),
            });
            for (const w of this.waiters.splice(0)) w();
          }
        }
      } catch {
        // aborted
      }
    })();
    return res.status;
  }

  /** Resolves once `n` events have arrived (or rejects after timeoutMs). */
  async waitFor(n: number, timeoutMs = 15_000): Promise<SseEvent[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.events.length < n) {
      if (Date.now() > deadline) throw new Error(`only ${this.events.length} of ${n} events arrived`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
    return this.events.slice(0, n);
  }

  close(): void {
    this.abort.abort();
  }
}
