import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

// Builds a tiny llama-architecture GGUF: one transformer block with random weights, plus the real SentencePiece
// tokenizer of llama.cpp's vocab-only test model (ggml-vocab-llama-spm.gguf), which node-llama-cpp ships inside its
// bundled llama.cpp source (llama/gitRelease.bundle). The model loads and runs, but what it says is meaningless.

const GGUF_MAGIC = 0x46554747;
const ALIGN = 32;
const T = { u32: 4, f32: 6, string: 8 } as const;

/** Reads the vocab-only GGUF out of node-llama-cpp's git bundle (local git, no network). */
function vocabGguf(cacheDir: string): Buffer {
  const file = path.join(cacheDir, 'ggml-vocab-llama-spm.gguf');
  if (existsSync(file)) return readFileSync(file);
  // The package's exports hide package.json, so look in each node_modules directory on the resolution path.
  const dirs = createRequire(import.meta.url).resolve.paths('node-llama-cpp') ?? [];
  const bundle = dirs
    .map((d) => path.join(d, 'node-llama-cpp', 'llama', 'gitRelease.bundle'))
    .find((f) => existsSync(f));
  if (!bundle) throw new Error('node-llama-cpp/llama/gitRelease.bundle not found');
  const repo = mkdtempSync(path.join(os.tmpdir(), 'llama-src-'));
  try {
    execFileSync('git', ['init', '-q', repo]);
    execFileSync('git', ['-C', repo, 'fetch', '-q', bundle, 'HEAD']);
    const blob = execFileSync('git', ['-C', repo, 'cat-file', 'blob', 'FETCH_HEAD:models/ggml-vocab-llama-spm.gguf'], {
      maxBuffer: 64 * 1024 * 1024,
    });
    writeFileSync(file, blob);
    return blob;
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
}

/** Byte ranges of the `tokenizer.*` key/value pairs of a GGUF file, copied verbatim into the new file. */
function tokenizerKvs(buf: Buffer): { raw: Buffer[]; count: number } {
  let o = 0;
  const u32 = () => ((o += 4), buf.readUInt32LE(o - 4));
  const u64 = () => ((o += 8), Number(buf.readBigUInt64LE(o - 8)));
  const str = () => {
    const n = u64();
    o += n;
    return buf.toString('utf8', o - n, o);
  };
  const sizes: Record<number, number> = { 0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 1, 10: 8, 11: 8, 12: 8 };
  const skip = (type: number): void => {
    if (type === T.string) str();
    else if (type === 9) {
      const inner = u32();
      const n = u64();
      for (let i = 0; i < n; i++) skip(inner);
    } else o += sizes[type] ?? Number.NaN;
  };
  if (u32() !== GGUF_MAGIC) throw new Error('not a GGUF file');
  u32(); // version
  u64(); // tensors
  const kvs = u64();
  const raw: Buffer[] = [];
  for (let i = 0; i < kvs; i++) {
    const start = o;
    const key = str();
    skip(u32());
    if (key.startsWith('tokenizer.')) raw.push(buf.subarray(start, o));
  }
  return { raw, count: raw.length };
}

const ggufString = (s: string): Buffer => {
  const b = Buffer.from(s, 'utf8');
  const len = Buffer.alloc(8);
  len.writeBigUInt64LE(BigInt(b.length));
  return Buffer.concat([len, b]);
};
const kv = (key: string, type: number, value: number | string): Buffer => {
  const head = Buffer.concat([ggufString(key), Buffer.from(new Uint32Array([type]).buffer)]);
  if (type === T.string) return Buffer.concat([head, ggufString(String(value))]);
  const v = Buffer.alloc(4);
  if (type === T.f32) v.writeFloatLE(Number(value));
  else v.writeUInt32LE(Number(value));
  return Buffer.concat([head, v]);
};

/** Writes (once per cache dir) a tiny random-weight llama GGUF with a real tokenizer; returns its path. */
export function tinyLlamaGguf(cacheDir = path.join(os.tmpdir(), 'insession-tiny-gguf')): string {
  mkdirSync(cacheDir, { recursive: true });
  const out = path.join(cacheDir, 'tiny-random-llama.gguf');
  if (existsSync(out)) return out;
  const vocab = vocabGguf(cacheDir);
  const tokenizer = tokenizerKvs(vocab);
  const nVocab = 32000;
  const nEmbd = 64;
  const nHead = 4;
  const nFf = 128;
  const meta = [
    kv('general.architecture', T.string, 'llama'),
    kv('general.name', T.string, 'tiny-random-llama (meaningless output)'),
    kv('llama.context_length', T.u32, 2048),
    kv('llama.embedding_length', T.u32, nEmbd),
    kv('llama.block_count', T.u32, 1),
    kv('llama.feed_forward_length', T.u32, nFf),
    kv('llama.attention.head_count', T.u32, nHead),
    kv('llama.attention.head_count_kv', T.u32, nHead),
    kv('llama.attention.layer_norm_rms_epsilon', T.f32, 1e-5),
    kv('llama.rope.dimension_count', T.u32, nEmbd / nHead),
    ...tokenizer.raw,
  ];
  const tensors: [string, number[]][] = [
    ['token_embd.weight', [nEmbd, nVocab]],
    ['output_norm.weight', [nEmbd]],
    ['blk.0.attn_norm.weight', [nEmbd]],
    ['blk.0.attn_q.weight', [nEmbd, nEmbd]],
    ['blk.0.attn_k.weight', [nEmbd, nEmbd]],
    ['blk.0.attn_v.weight', [nEmbd, nEmbd]],
    ['blk.0.attn_output.weight', [nEmbd, nEmbd]],
    ['blk.0.ffn_norm.weight', [nEmbd]],
    ['blk.0.ffn_gate.weight', [nEmbd, nFf]],
    ['blk.0.ffn_down.weight', [nFf, nEmbd]],
    ['blk.0.ffn_up.weight', [nEmbd, nFf]],
  ];
  let seed = 42; // mulberry32: deterministic weights, so the test model is the same everywhere
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pad = (n: number) => (ALIGN - (n % ALIGN)) % ALIGN;
  const infos: Buffer[] = [];
  const datas: Buffer[] = [];
  let offset = 0;
  for (const [name, dims] of tensors) {
    const count = dims.reduce((a, b) => a * b, 1);
    const data = new Float32Array(count);
    const isNorm = dims.length === 1;
    for (let i = 0; i < count; i++) data[i] = isNorm ? 1 : (random() - 0.5) * 0.1;
    const info = [ggufString(name), Buffer.from(new Uint32Array([dims.length]).buffer)];
    for (const d of dims) info.push(Buffer.from(new BigUint64Array([BigInt(d)]).buffer));
    info.push(Buffer.from(new Uint32Array([0]).buffer), Buffer.from(new BigUint64Array([BigInt(offset)]).buffer));
    infos.push(Buffer.concat(info));
    const bytes = Buffer.from(data.buffer);
    datas.push(bytes, Buffer.alloc(pad(bytes.length)));
    offset += bytes.length + pad(bytes.length);
  }
  const header = Buffer.alloc(24);
  header.writeUInt32LE(GGUF_MAGIC, 0);
  header.writeUInt32LE(3, 4);
  header.writeBigUInt64LE(BigInt(tensors.length), 8);
  header.writeBigUInt64LE(BigInt(meta.length), 16);
  const head = Buffer.concat([header, ...meta, ...infos]);
  writeFileSync(out, Buffer.concat([head, Buffer.alloc(pad(head.length)), ...datas]));
  return out;
}
