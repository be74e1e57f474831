import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Where the precomputed anchor-sentence vectors live (built by eval/build-anchor-cache.ts). */
export const anchorCachePath = fileURLToPath(new URL('../../data/anchor-vectors.json', import.meta.url));

interface AnchorCacheFile {
  model: string;
  dims: number;
  /** sentence → base64 of int8 components scaled by the vector's largest absolute component. */
  vectors: Record<string, { scale: number; q: string }>;
}

/** Quantises a unit vector to int8 with a per-vector scale (cosine error well under 1%). */
export function quantize(v: Float32Array): { scale: number; q: string } {
  let max = 0;
  for (const x of v) max = Math.max(max, Math.abs(x));
  const scale = max / 127 || 1;
  const bytes = Int8Array.from(v, (x) => Math.round(x / scale));
  return { scale, q: Buffer.from(bytes.buffer).toString('base64') };
}

function dequantize(entry: { scale: number; q: string }): Float32Array {
  const bytes = new Int8Array(Buffer.from(entry.q, 'base64'));
  const out = Float32Array.from(bytes, (b) => b * entry.scale);
  let norm = 0;
  for (const x of out) norm += x * x;
  norm = Math.sqrt(norm) || 1;
  return out.map((x) => x / norm);
}

/**
 * Loads precomputed vectors for the fixed anchor sentences so the first analysis doesn't spend seconds
 * embedding them. A missing or stale file only costs time: uncached sentences are embedded on demand.
 */
export function loadAnchorCache(): Map<string, Float32Array> {
  try {
    const file = JSON.parse(readFileSync(anchorCachePath, 'utf8')) as AnchorCacheFile;
    return new Map(Object.entries(file.vectors).map(([text, entry]) => [text, dequantize(entry)]));
  } catch {
    return new Map();
  }
}
