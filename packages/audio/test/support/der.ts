/** A labelled time span, reference or hypothesis. */
export interface Span {
  start: number;
  end: number;
  speaker: string;
}

const STEP = 0.01;

/**
 * Diarization error rate (missed + false alarm + confusion) / reference speech, scored on a 10 ms grid with the
 * usual NIST forgiveness collar (default 0.25 s) around reference boundaries and the best speaker mapping.
 */
export function diarizationErrorRate(ref: Span[], hyp: Span[], collar = 0.25): number {
  const end = Math.max(...ref.map((s) => s.end), ...hyp.map((s) => s.end), 0);
  const n = Math.ceil(end / STEP) + 1;
  const refIds = [...new Set(ref.map((s) => s.speaker))];
  const hypIds = [...new Set(hyp.map((s) => s.speaker))];
  const refAt = grid(ref, refIds, n);
  const hypAt = grid(hyp, hypIds, n);
  const scored = new Uint8Array(n).fill(1);
  for (const s of ref) {
    for (const b of [s.start, s.end]) {
      for (let i = Math.max(0, Math.floor((b - collar) / STEP)); i < Math.min(n, Math.ceil((b + collar) / STEP)); i++)
        scored[i] = 0;
    }
  }
  let best = Infinity;
  let total = 0;
  for (const mapping of mappings(hypIds.length, refIds.length)) {
    let errors = 0;
    total = 0;
    for (let i = 0; i < n; i++) {
      if (!scored[i]) continue;
      const r = refAt[i]!;
      const h = hypAt[i]!;
      total += r.length;
      const mapped = new Set(h.map((x) => mapping[x]));
      const correct = r.filter((x) => mapped.has(x)).length;
      errors += Math.max(r.length, h.length) - correct;
    }
    best = Math.min(best, errors);
  }
  return total > 0 ? best / total : 0;
}

function grid(spans: Span[], ids: string[], n: number): number[][] {
  const out = Array.from({ length: n }, () => [] as number[]);
  for (const s of spans) {
    const id = ids.indexOf(s.speaker);
    for (let i = Math.round(s.start / STEP); i < Math.min(n, Math.round(s.end / STEP)); i++)
      if (!out[i]!.includes(id)) out[i]!.push(id);
  }
  return out;
}

// Every assignment of hypothesis speakers to reference speakers (or to none, -1), each reference used once.
function* mappings(h: number, r: number, used: number[] = []): Generator<number[]> {
  if (used.length === h) {
    yield used;
    return;
  }
  for (let c = -1; c < r; c++) if (c === -1 || !used.includes(c)) yield* mappings(h, r, [...used, c]);
}

/** Word error rate: word-level edit distance / reference words, ignoring case and punctuation. */
export function wordErrorRate(reference: string, hypothesis: string): number {
  const words = (s: string): string[] =>
    s
      .toLowerCase()
      .replace(/[^a-z' ]+/g, ' ')
      .split(/\s+/)
      .filter(Boolean);
  const r = words(reference);
  const h = words(hypothesis);
  let prev = Array.from({ length: h.length + 1 }, (_, j) => j);
  for (let i = 1; i <= r.length; i++) {
    const cur = [i];
    for (let j = 1; j <= h.length; j++)
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (r[i - 1] === h[j - 1] ? 0 : 1));
    prev = cur;
  }
  return r.length > 0 ? prev[h.length]! / r.length : 0;
}
