import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SingleBar } from 'cli-progress';
import { Option, type Command } from 'commander';
import {
  TranscriptError,
  analyzeTranscript,
  formatAnalysisReport,
  parseTranscript,
  providerKinds,
  type SessionAnalysis,
  type Transcript,
} from '@insession/core';
import { wave1Model, type ProviderFlags, type Wave1Model } from './analyze-provider.ts';

interface AnalyzeFlags extends ProviderFlags {
  json?: boolean;
  out?: string;
  embeddings?: boolean;
}

const transcriptExtensions = new Set(['.json', '.txt', '.text', '.md', '.vtt', '.srt', '.docx', '.pdf']);

async function analyzeFile(
  file: string,
  flags: AnalyzeFlags,
  model: Wave1Model | null,
): Promise<{ transcript: Transcript; analysis: SessionAnalysis }> {
  const bytes = await readFile(file);
  const transcript = await parseTranscript({ bytes, filename: path.basename(file) });
  const engine = await analyzeTranscript(transcript, flags.embeddings === false ? { embeddingWordBudget: 0 } : {});
  return { transcript, analysis: model ? await model.apply(transcript, engine) : engine };
}

const errorBody = (file: string, err: unknown): { file: string; error: { code: string; message: string } } => ({
  file: path.basename(file),
  error:
    err instanceof TranscriptError
      ? { code: err.code, message: err.message }
      : { code: 'failed', message: err instanceof Error ? err.message : String(err) },
});

async function runFile(file: string, flags: AnalyzeFlags, model: Wave1Model | null): Promise<void> {
  try {
    const { transcript, analysis } = await analyzeFile(file, flags, model);
    const json = `${JSON.stringify(analysis, null, 2)}\n`;
    if (flags.out) {
      await mkdir(flags.out, { recursive: true });
      await writeFile(path.join(flags.out, `${stem(file)}.analysis.json`), json);
    }
    process.stdout.write(
      flags.json
        ? json
        : formatAnalysisReport(analysis, { filename: path.basename(file), timesEstimated: transcript.timesEstimated }),
    );
  } catch (err) {
    const { error } = errorBody(file, err);
    process.stderr.write(`error (${error.code}): ${error.message}\n`);
    process.exitCode = 1;
  }
}

async function runDirectory(dir: string, flags: AnalyzeFlags, model: Wave1Model | null): Promise<void> {
  if (!flags.out) {
    process.stderr.write('error: analysing a directory needs --out OUTDIR for the results\n');
    process.exitCode = 1;
    return;
  }
  await mkdir(flags.out, { recursive: true });
  const files = (await readdir(dir))
    .filter((f) => transcriptExtensions.has(path.extname(f).toLowerCase()))
    .sort()
    .map((f) => path.join(dir, f));
  const bar = process.stderr.isTTY
    ? new SingleBar({ format: ' analyze |{bar}| {value}/{total} {file}', stream: process.stderr, hideCursor: true })
    : null;
  bar?.start(files.length, 0, { file: '' });
  let failed = 0;
  for (const [i, file] of files.entries()) {
    bar?.update(i, { file: path.basename(file) });
    try {
      const { analysis } = await analyzeFile(file, flags, model);
      await writeFile(path.join(flags.out, `${stem(file)}.analysis.json`), `${JSON.stringify(analysis, null, 2)}\n`);
    } catch (err) {
      failed++;
      await writeFile(
        path.join(flags.out, `${stem(file)}.error.json`),
        `${JSON.stringify(errorBody(file, err), null, 2)}\n`,
      );
    }
  }
  bar?.update(files.length, { file: '' });
  bar?.stop();
  process.stderr.write(
    `Analysed ${files.length - failed} of ${files.length} transcripts into ${flags.out}${failed ? `; ${failed} failed (see *.error.json)` : ''}\n`,
  );
  if (failed > 0) process.exitCode = 1;
}

const stem = (file: string): string => path.basename(file, path.extname(file));

/** Registers `insession analyze FILE|DIR`: the Wave 1 analysis (offline, or with a language model) as a report or JSON. */
export function registerAnalyzeCommand(program: Command): void {
  program
    .command('analyze')
    .description(
      'Analyse a transcript (JSON, text, WebVTT, SRT, DOCX, PDF): risk, mood, topics, homework, skills; offline ' +
        'unless --provider openai|llama',
    )
    .argument('<path>', 'a transcript file, or a directory of transcripts (with --out)')
    .option('--json', 'print the session analysis object as JSON')
    .option('-o, --out <dir>', 'write <name>.analysis.json (and <name>.error.json for failures) into this directory')
    .option(
      '--no-embeddings',
      'rules and lexicons only (skips the sentence-embedding model, and with it the learned risk classifier: risk comes from phrase patterns alone)',
    )
    .addOption(
      new Option(
        '--provider <kind>',
        'who judges mood, topics, homework, technique, summary, breakthrough and risk (default: ANALYSIS_PROVIDER)',
      ).choices(providerKinds),
    )
    .option('--model <name>', 'model for --provider openai, or the GGUF file for llama (default: ANALYSIS_MODEL)')
    .action(async (target: string, flags: AnalyzeFlags) => {
      const info = await stat(target).catch(() => null);
      if (!info) {
        process.stderr.write(`error: ${target} does not exist\n`);
        process.exitCode = 1;
        return;
      }
      let model: Wave1Model | null;
      try {
        model = await wave1Model(flags);
      } catch (err) {
        process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
        process.exitCode = 1;
        return;
      }
      try {
        await (info.isDirectory() ? runDirectory(target, flags, model) : runFile(target, flags, model));
      } finally {
        await model?.dispose();
      }
    });
}
