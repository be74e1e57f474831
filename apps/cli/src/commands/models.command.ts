import type { Command } from 'commander';
import { AudioError, findModel, modelCatalog, pullModel } from '@insession/audio';
import { audioCliConfig } from './audio.config.ts';

/** Registers `insession models list|pull`: whisper.cpp models are downloaded only when a user runs `pull`. */
export function registerModelsCommand(program: Command): void {
  const models = program.command('models').description('Speech models for the whisper engine');
  models
    .command('list')
    .description('List downloadable whisper models')
    .action(() => {
      for (const m of modelCatalog)
        process.stdout.write(`${m.id.padEnd(10)} ${(m.bytes / 1e6).toFixed(0).padStart(5)} MB  ${m.file}\n`);
    });
  models
    .command('pull')
    .description('Download a whisper model and verify its SHA-256')
    .argument('<id>', `model id (${modelCatalog.map((m) => m.id).join(', ')})`)
    .option('--dir <dir>', 'directory for model files (default: DATA_DIR/models)')
    .option('--base-url <url>', 'mirror of the whisper.cpp model repository')
    .action(async (id: string, flags: { dir?: string; baseUrl?: string }) => {
      const model = findModel(id);
      if (!model) {
        process.stderr.write(`error: unknown model "${id}". Available: ${modelCatalog.map((m) => m.id).join(', ')}\n`);
        process.exitCode = 1;
        return;
      }
      let shown = -1;
      try {
        const result = await pullModel(model, {
          dir: flags.dir ?? audioCliConfig().modelsDir,
          baseUrl: flags.baseUrl,
          onProgress: (received, total) => {
            const pct = Math.floor((received / total) * 100);
            if (pct !== shown) process.stderr.write(`\rdownloading ${model.file} ${(shown = pct)}%`);
          },
        });
        if (shown >= 0) process.stderr.write('\n');
        process.stdout.write(
          `${result.downloaded ? 'Downloaded and verified' : 'Already present and verified'}: ${result.path}\n`,
        );
        process.stdout.write(
          `Use it with: WHISPER_MODEL_PATH=${result.path} npx insession transcribe FILE --asr whisper\n`,
        );
      } catch (err) {
        if (shown >= 0) process.stderr.write('\n');
        if (!(err instanceof AudioError)) throw err;
        process.stderr.write(`error: ${err.message}\n`);
        process.exitCode = 1;
      }
    });
}
