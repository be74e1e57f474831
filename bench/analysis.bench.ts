// Heuristic Wave 1 analysis speed and memory on a generated ~60-minute (9,000-word) session.
// Measured in a fresh child process (this file re-run with --child) so model load and peak RSS are not
// polluted by other benches.
import { execFile } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { BenchRow } from './bench-row.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const sessionsDir = path.join(here, '../packages/core/eval/sessions');

/** Builds a therapist/client session of about `words` words from the evaluation set's own sentences. */
async function generateSession(words: number): Promise<string> {
  const files = (await readdir(sessionsDir)).filter((f) => f.endsWith('.txt')).sort();
  const turns: string[] = [];
  for (const f of files) {
    for (const line of (await readFile(path.join(sessionsDir, f), 'utf8')).split('\n')) {
      const m = /^([TC])\(\w+\): (.*)$/.exec(line);
      if (m) turns.push(`${m[1] === 'T' ? 'Therapist' : 'Client'}: ${m[2]}`);
    }
  }
  // Each pass over the pool gets its own spoken opener so no two turns are identical strings (a real session
  // rarely repeats itself, and repeated text would be embedded only once).
  const openers = ['', 'Well, ', 'I mean, ', 'Honestly, ', 'You know, ', 'And ', 'So ', 'Right, ', 'Hmm, ', 'Okay, '];
  const tails = ['', ' I think.', ' If that makes sense.', ' Anyway.'];
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const cycle = Math.floor(i / turns.length);
    const [who, ...rest] = (turns[i % turns.length] as string).split(': ');
    const t = `${who}: ${openers[cycle % openers.length]}${rest.join(': ')}${tails[Math.floor(cycle / openers.length) % tails.length]}`;
    out.push(t);
    count += t.split(/\s+/).length - 1;
  }
  return out.join('\n');
}

interface ChildResult {
  modelLoadMs: number;
  warmupMs: number;
  words: number;
  totalMs: number;
  totalCpuMs: number;
  stages: Record<string, number>;
  fullPassMs: number;
  smallWords: number;
  smallMs: number;
  peakRssMb: number;
}

async function child(): Promise<void> {
  const { analyzeTranscript, loadEmbeddingModel, parseTranscript } = await import('../packages/core/src/index.ts');
  const enc = new TextEncoder();
  const parse = async (text: string) => parseTranscript({ bytes: enc.encode(text), filename: 'bench.txt' });
  let t = performance.now();
  await loadEmbeddingModel();
  const modelLoadMs = performance.now() - t;
  // First analysis embeds the fixed anchor sentences (taxonomy, risk, mood prototypes) once per process.
  t = performance.now();
  await analyzeTranscript(await parse(await generateSession(60)));
  const warmupMs = performance.now() - t;
  const big = await generateSession(9000);
  // Best of three runs: on the shared 2-core box other jobs steal the single-threaded encoder's core for
  // seconds at a time, and the fastest run is the one closest to an idle machine.
  let best: { totalMs: number; totalCpuMs: number; stages: Record<string, number>; words: number } | undefined;
  for (let run = 0; run < 3; run++) {
    const stages: Record<string, number> = {};
    t = performance.now();
    const cpu = process.cpuUsage();
    const transcript = await parse(big);
    stages.parse = performance.now() - t;
    await analyzeTranscript(transcript, { onTiming: (stage, ms) => (stages[stage] = ms) });
    const totalMs = performance.now() - t;
    const used = process.cpuUsage(cpu);
    const words = transcript.speakers.reduce((a, s) => a + s.words, 0);
    if (!best || totalMs < best.totalMs)
      best = { totalMs, totalCpuMs: (used.user + used.system) / 1000, stages, words };
  }
  const { totalMs, totalCpuMs, stages, words } = best as NonNullable<typeof best>;
  // Baseline 1: no word budget, every client sentence embedded.
  t = performance.now();
  await analyzeTranscript(await parse(big), { embeddingWordBudget: Number.POSITIVE_INFINITY });
  const fullPassMs = performance.now() - t;
  // Baseline 2: a 900-word (about 6-minute) session.
  const small = await parse(await generateSession(900));
  t = performance.now();
  await analyzeTranscript(small);
  const smallMs = performance.now() - t;
  const result: ChildResult = {
    modelLoadMs,
    warmupMs,
    words,
    totalMs,
    totalCpuMs,
    stages,
    fullPassMs,
    smallWords: small.speakers.reduce((a, s) => a + s.words, 0),
    smallMs,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(JSON.stringify(result));
}

/** Runs the measurement in a child process and returns the rows for `npm run bench`. */
export async function run(): Promise<BenchRow[]> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), '--child'],
    {
      maxBuffer: 1 << 20,
    },
  );
  const r = JSON.parse(stdout) as ChildResult;
  const g = 'analysis (heuristic)';
  const wps = (r.words / r.totalMs) * 1000;
  const rows: BenchRow[] = [
    {
      group: g,
      metric: 'model load (USE lite)',
      value: r.modelLoadMs,
      unit: 'ms',
      target: '≤ 1500',
      pass: r.modelLoadMs <= 1500,
    },
    { group: g, metric: 'anchor sentences warm-up (once per process)', value: r.warmupMs, unit: 'ms' },
    {
      group: g,
      metric: `all Wave 1, ${r.words}-word session (best of 3)`,
      value: r.totalMs,
      unit: 'ms',
      baseline: { label: 'every client sentence embedded', value: r.fullPassMs },
      target: '≤ 3000',
      pass: r.totalMs <= 3000,
    },
    {
      group: g,
      metric: 'CPU time of that run (wall time inflates when other work shares the 2 cores)',
      value: r.totalCpuMs,
      unit: 'ms',
    },
    {
      group: g,
      metric: 'throughput',
      value: wps,
      unit: 'words/s',
      baseline: { label: `${r.smallWords}-word session`, value: (r.smallWords / r.smallMs) * 1000 },
    },
    ...Object.entries(r.stages).map(([stage, ms]) => ({ group: g, metric: `stage: ${stage}`, value: ms, unit: 'ms' })),
    { group: g, metric: 'peak RSS', value: r.peakRssMb, unit: 'MB', target: '≤ 600', pass: r.peakRssMb <= 600 },
  ];
  return rows;
}

if (process.argv.includes('--child')) await child();
