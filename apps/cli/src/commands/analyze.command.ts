import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import {
  TranscriptError,
  analyzeTranscript,
  formatAnalysisReport,
  parseTranscript,
  type SessionAnalysis,
  type Transcript,
} from '@insession/core';

interface AnalyzeFlags {
  json?: boolean;
  out?: string;
  embeddings?: boolean;
}

const transcriptExtensions = new Set(['.json', '.txt', '.text', '.md', '.vtt', '.srt', '.docx', '.pdf']);

async function analyzeFile(
  file: string,
  flags: AnalyzeFlags,
): Promise<{ transcript: Transcript; analysis: SessionAnalysis }> {
  const bytes = await readFile(file);
  const transcript = await parseTranscript({ bytes, filename: path.basename(file) });
  const analysis = await analyzeTranscript(transcript, flags.embeddings === false ? { embeddingWordBudget: 0 } : {});
  return { transcript, analysis };
}

const errorBody = (file: string, err: unknown): { file: string; error: { code: string; message: string } } => ({
  file: path.basename(file),
  error:
    err instanceof TranscriptError
      ? { code: err.code, message: err.message }
      : { code: 'failed', message: err instanceof Error ? err.message : String(err) },
});

async function runFile(file: string, flags: AnalyzeFlags): Promise<void> {
  try {
    const { transcript, analysis } = await analyzeFile(file, flags);
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

async function runDirectory(dir: string, flags: AnalyzeFlags): Promise<void> {
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
      const { analysis } = await analyzeFile(file, flags);
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

/** Registers `insession analyze FILE|DIR`: the offline Wave 1 analysis as a readable report or JSON. */
export function registerAnalyzeCommand(program: Command): void {
  program
    .command('analyze')
    .description(
      'Analyse a transcript (JSON, text, WebVTT, SRT, DOCX, PDF) offline: risk, mood, topics, homework, skills',
    )
    .argument('<path>', 'a transcript file, or a directory of transcripts (with --out)')
    .option('--json', 'print the session analysis object as JSON')
    .option('-o, --out <dir>', 'write <name>.analysis.json (and <name>.error.json for failures) into this directory')
    .option('--no-embeddings', 'rules and lexicons only (skips the sentence-embedding model)')
    .action(async (target: string, flags: AnalyzeFlags) => {
      const info = await stat(target).catch(() => null);
      if (!info) {
        process.stderr.write(`error: ${target} does not exist\n`);
        process.exitCode = 1;
        return;
      }
      await (info.isDirectory() ? runDirectory(target, flags) : runFile(target, flags));
    });
}
