import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  analyzeTranscript,
  createModelProvider,
  createOpenAiBackend,
  defaultOpenAiModels,
  defaultPriceTable,
  heuristicProvider,
  parseTranscript,
  runClientRollup,
  runWave1WithModel,
  runWave2,
  type GenerationUsage,
  type SessionRecord,
} from '@insession/core';
import { reply, startOpenAiServer } from '../packages/core/test/support/openai-server.ts';
import { wave1Answers } from '../packages/core/test/support/wave1-answers.ts';
import type { BenchRow } from './bench-row.ts';

// Per-session language-model cost with the default cloud models (gpt-4.1-nano for Wave 1 labelling, gpt-4.1-mini
// for Wave 2 and rollups), priced from the default price table. Prompts are the real ones, sent to a local
// OpenAI-compatible server that answers each task with the heuristic provider's draft, so output sizes are those
// of real drafts. Token counts are the server's estimate (characters / 4). Course: the 12 "Maya" demo sessions.

const REFERENCE_USD_PER_SESSION = 0.042;
const TARGET_USD_PER_SESSION = 0.02;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const contentDir = path.join(root, 'apps/server/src/demo/content');

async function transcriptOf(filename: string, text: string) {
  return parseTranscript({ bytes: new TextEncoder().encode(text), filename });
}

async function session(i: number, text: string, filename: string): Promise<SessionRecord> {
  const transcript = await transcriptOf(filename, text);
  const analysis = await analyzeTranscript(transcript, { embeddingWordBudget: 0 });
  const date = new Date(Date.UTC(2026, 0, 5 + 7 * i)).toISOString();
  return { id: `maya-${String(i + 1).padStart(2, '0')}`, date, transcript, analysis };
}

const words = (s: SessionRecord): number =>
  s.transcript?.segments.reduce((n, g) => n + g.text.split(/\s+/).length, 0) ?? 0;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

export async function run(): Promise<BenchRow[]> {
  const texts = await Promise.all(
    Array.from({ length: 12 }, (_, i) =>
      readFile(path.join(contentDir, `maya-${String(i + 1).padStart(2, '0')}.txt`), 'utf8'),
    ),
  );
  const course: SessionRecord[] = [];
  for (const [i, text] of texts.entries()) course.push(await session(i, text, `maya-${i + 1}.txt`));
  // A long session: all twelve transcripts joined (≈ a 45-minute session's words).
  const long = await session(11, texts.join('\n'), 'maya-long.txt');

  const answers = new Map<string, unknown>();
  const server = await startOpenAiServer((req) => reply.json(answers.get(req.schemaName)));
  const provider = createModelProvider(
    createOpenAiBackend({ apiKey: 'bench', baseURL: server.url, models: defaultOpenAiModels }),
    { priceTable: defaultPriceTable },
  );
  try {
    async function perSession(current: SessionRecord, history: SessionRecord[]): Promise<GenerationUsage[]> {
      for (const [task, answer] of Object.entries(wave1Answers(current.analysis))) answers.set(task, answer);
      const offline = await runWave2({ session: current, history, provider: heuristicProvider });
      answers.set('deep_analysis', offline.deepAnalysis.value);
      answers.set('narrative', offline.narrative.value);
      answers.set('clinical_note', offline.clinicalNote.value);
      const all = [...history, current];
      const rollupOffline = await runClientRollup({ sessions: all, previous: null, provider: heuristicProvider });
      answers.set('treatment_plan', rollupOffline.treatmentPlan.value);
      answers.set('journey', rollupOffline.journey.value);
      answers.set('bridge', rollupOffline.bridge.value);
      const wave1 = await runWave1WithModel(current.transcript!, provider);
      const wave2 = await runWave2({ session: current, history, provider });
      const rollup = await runClientRollup({ sessions: all, previous: null, provider });
      return [...wave1.usage, ...wave2.usage, ...rollup.usage];
    }

    const rows: BenchRow[] = [];
    const history = course.slice(0, 11);
    const last = course[11]!;
    const usage = await perSession(last, history);
    for (const u of usage)
      rows.push({
        group: 'llm prompts',
        metric: `${u.task} prompt tokens (session 12, ${u.model})`,
        value: u.inputTokens,
        unit: 'tokens (≈chars/4)',
      });

    for (const [label, current] of [
      [`demo session (${words(last)} words)`, last],
      [`long session (${words(long)} words)`, long],
    ] as const) {
      const cost = (await perSession(current, history)).reduce((n, u) => n + u.costUsd, 0);
      rows.push({
        group: 'llm cost',
        metric: `cost per session, ${label}, default cloud models`,
        value: Math.round(cost * 1e5) / 1e5,
        unit: 'USD',
        baseline: { label: 'reference system', value: REFERENCE_USD_PER_SESSION },
        target: `≤ ${TARGET_USD_PER_SESSION}`,
        pass: cost <= TARGET_USD_PER_SESSION,
      });
    }

    // Wave 2 wall time: OpenAI path against the local server vs the heuristic provider, same session and history.
    const timeIt = async (p: Parameters<typeof runWave2>[0]['provider']) => {
      const samples: number[] = [];
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        await runWave2({ session: last, history, provider: p });
        samples.push(performance.now() - t0);
      }
      return median(samples);
    };
    await perSession(last, history); // answers for this session
    const heuristicMs = await timeIt(heuristicProvider);
    const openaiMs = await timeIt(provider);
    rows.push({
      group: 'llm time',
      metric: 'Wave 2 wall time (3 tasks) via local OpenAI-compatible server',
      value: Math.round(openaiMs * 10) / 10,
      unit: 'ms',
      baseline: { label: 'heuristic provider', value: Math.round(heuristicMs * 10) / 10 },
    });
    return rows;
  } finally {
    await provider.dispose();
    await server.close();
  }
}
