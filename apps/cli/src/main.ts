import { Command } from 'commander';
import { registerAnalyzeCommand } from './commands/analyze.command.ts';
import { registerCostsCommand } from './commands/costs.command.ts';
import { registerCrawlCommand } from './commands/crawl.command.ts';
import { registerModelsCommand } from './commands/models.command.ts';
import { registerTranscribeCommand } from './commands/transcribe.command.ts';
import { registerMigrateCommand } from './commands/migrate.command.ts';
import { registerServeCommand } from './commands/serve.command.ts';
import { registerStatusCommand } from './commands/status.command.ts';
import { registerWorkerCommand } from './commands/worker.command.ts';
import { registerKeysCommand } from './commands/keys.command.ts';
import { registerDemoCommand } from './commands/demo.command.ts';
import { registerScoreCommand } from './commands/score.command.ts';

/** Builds the `insession` program. Each subcommand lives in its own `commands/*.command.ts` file. */
export function buildProgram(): Command {
  const program = new Command('insession')
    .description('Insession: therapy session transcription, analysis and progress tracking')
    .showHelpAfterError();
  registerServeCommand(program);
  registerWorkerCommand(program);
  registerMigrateCommand(program);
  registerStatusCommand(program);
  registerTranscribeCommand(program);
  registerModelsCommand(program);
  registerCrawlCommand(program);
  registerCostsCommand(program);
  registerAnalyzeCommand(program);
  registerScoreCommand(program);
  registerKeysCommand(program);
  registerDemoCommand(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  await buildProgram().parseAsync(argv);
}
