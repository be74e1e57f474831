/** Points as rows of a flat array: point i is `data[i * dim .. i * dim + dim)`. */
export interface PointSet {
  data: Float64Array;
  n: number;
  dim: number;
}

/** Deterministic PRNG (mulberry32) so the same audio always gives the same speakers. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function sqDist(a: Float64Array, ai: number, b: Float64Array, bi: number, dim: number): number {
  let s = 0;
  for (let d = 0; d < dim; d++) {
    const x = a[ai * dim + d]! - b[bi * dim + d]!;
    s += x * x;
  }
  return s;
}

/** k-means with k-means++ seeding and a fixed seed; returns a label per point and the centroids. */
export function kmeans(
  points: PointSet,
  k: number,
  seed = 7,
  iterations = 30,
): { labels: Int32Array; centroids: Float64Array } {
  const { data, n, dim } = points;
  const rand = seededRandom(seed);
  const centroids = new Float64Array(k * dim);
  const nearest = new Float64Array(n).fill(Infinity);
  let pick = Math.floor(rand() * n);
  for (let c = 0; c < k; c++) {
    centroids.set(data.subarray(pick * dim, pick * dim + dim), c * dim);
    let total = 0;
    for (let i = 0; i < n; i++) {
      nearest[i] = Math.min(nearest[i]!, sqDist(data, i, centroids, c, dim));
      total += nearest[i]!;
    }
    let r = rand() * total;
    for (pick = 0; pick < n - 1 && r > nearest[pick]!; pick++) r -= nearest[pick]!;
  }
  const labels = new Int32Array(n);
  for (let it = 0; it < iterations; it++) {
    let changed = false;
    for (let i = 0; i < n; i++) {
      let best = 0;
      let bestD = Infinity;
      for (let c = 0; c < k; c++) {
        const d = sqDist(data, i, centroids, c, dim);
        if (d < bestD) [best, bestD] = [c, d];
      }
      if (labels[i] !== best || it === 0) changed = true;
      labels[i] = best;
    }
    if (!changed) break;
    const counts = new Float64Array(k);
    centroids.fill(0);
    for (let i = 0; i < n; i++) {
      const c = labels[i]!;
      counts[c]! += 1;
      for (let d = 0; d < dim; d++) centroids[c * dim + d]! += data[i * dim + d]!;
    }
    for (let c = 0; c < k; c++) for (let d = 0; d < dim; d++) centroids[c * dim + d]! /= Math.max(1, counts[c]!);
  }
  return { labels, centroids };
}

/** Mean silhouette of a clustering over at most `sample` evenly spaced points (O(sample²)). */
export function silhouette(points: PointSet, labels: Int32Array, k: number, sample = 1200): number {
  const step = Math.max(1, Math.floor(points.n / sample));
  const idx: number[] = [];
  for (let i = 0; i < points.n; i += step) idx.push(i);
  let total = 0;
  for (const i of idx) {
    const sum = new Float64Array(k);
    const cnt = new Float64Array(k);
    for (const j of idx) {
      if (i === j) continue;
      sum[labels[j]!]! += Math.sqrt(sqDist(points.data, i, points.data, j, points.dim));
      cnt[labels[j]!]! += 1;
    }
    const own = labels[i]!;
    const a = cnt[own]! > 0 ? sum[own]! / cnt[own]! : 0;
    let b = Infinity;
    for (let c = 0; c < k; c++) if (c !== own && cnt[c]! > 0) b = Math.min(b, sum[c]! / cnt[c]!);
    total += b === Infinity ? 0 : (b - a) / Math.max(a, b, 1e-12);
  }
  return idx.length > 0 ? total / idx.length : 0;
}
