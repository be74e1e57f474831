import { createHash } from 'node:crypto';
import { stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { Option } from 'commander';
import {
  AudioError,
  asrEngines,
  formatTranscript,
  transcriptExportFormats,
  type AsrEngineName,
  type TranscriptExportFormat,
} from '@insession/audio';
import { audioCliConfig } from './audio.config.ts';

interface TranscribeFlags {
  asr?: AsrEngineName;
  speakers?: number;
  json?: boolean;
  format?: TranscriptExportFormat;
  out?: string;
  model?: string;
  workDir?: string;
}

/** Registers `insession transcribe FILE`: audio → diarized transcript with roles, as txt, srt, vtt or json. */
export function registerTranscribeCommand(program: Command): void {
  program
    .command('transcribe')
    .description('Transcribe a recording: speakers, roles and text (wav, mp3, m4a/aac, ogg/opus, webm/opus, flac)')
    .argument('<file>', 'audio file')
    .addOption(
      new Option('--asr <engine>', 'speech-to-text engine (default: ASR_ENGINE or pocketsphinx)').choices(asrEngines),
    )
    .option('--speakers <n>', 'number of speakers (estimated when omitted)', (v) => positiveInt(v))
    .option('--json', 'same as --format json')
    .addOption(new Option('--format <format>', 'output format').choices(transcriptExportFormats).default('txt'))
    .option('-o, --out <file>', 'write the transcript to a file instead of stdout')
    .option('--model <path>', 'whisper ggml model file (default: WHISPER_MODEL_PATH)')
    .option('--work-dir <dir>', 'checkpoint directory; rerunning with the same one resumes an interrupted run')
    .action(async (file: string, flags: TranscribeFlags) => {
      const config = audioCliConfig();
      const { transcribeAudio } = await import('@insession/audio');
      const bar = new SingleBar({ format: ' {stage} |{bar}| {percentage}%', stream: process.stderr, hideCursor: true });
      bar.start(100, 0, { stage: 'probe'.padEnd(8) });
      const modelPath = flags.model ?? config.whisperModelPath;
      try {
        const transcript = await transcribeAudio({
          path: file,
          asr: flags.asr ?? config.asr,
          speakers: flags.speakers,
          workDir: flags.workDir ?? (await defaultWorkDir(file)),
          ...(modelPath ? { whisper: { modelPath } } : {}),
          ...(config.openaiApiKey
            ? { openai: { apiKey: config.openaiApiKey, baseURL: config.openaiBaseUrl, model: config.openaiModel } }
            : {}),
          onProgress: ({ stage, fraction }) => bar.update(Math.round(fraction * 100), { stage: stage.padEnd(8) }),
        });
        bar.stop();
        for (const warning of transcript.warnings) process.stderr.write(`note: ${warning}\n`);
        const text = formatTranscript(transcript, flags.json ? 'json' : (flags.format ?? 'txt'));
        if (flags.out) await writeFile(flags.out, text);
        else process.stdout.write(text);
      } catch (err) {
        bar.stop();
        if (!(err instanceof AudioError)) throw err;
        process.stderr.write(`error (${err.code}): ${err.message}\n`);
        process.exitCode = 1;
      }
    });
}

function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new Error(`expected a positive whole number, got "${v}"`);
  return n;
}

// Keyed by path, size and modification time, so rerunning the same command on the same file resumes.
async function defaultWorkDir(file: string): Promise<string> {
  const s = await stat(file).catch(() => undefined);
  const key = createHash('sha256')
    .update(`${path.resolve(file)}:${s?.size ?? 0}:${s?.mtimeMs ?? 0}`)
    .digest('hex')
    .slice(0, 16);
  return path.join(os.tmpdir(), 'insession-transcribe', key);
}
