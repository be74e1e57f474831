import { Command } from 'commander';

/** Builds the `insession` program. Each subcommand lives in its own `commands/*.command.ts` file. */
export function buildProgram(): Command {
  const program = new Command('insession')
    .description('Insession: therapy session transcription, analysis and progress tracking')
    .showHelpAfterError();
  return program;
}

export async function main(argv: string[]): Promise<void> {
  await buildProgram().parseAsync(argv);
}
