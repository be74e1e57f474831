import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

interface SystemProgram {
  bin: string;
  apt: string;
  why: string;
}

// One list shared with scripts/setup.mjs (which installs them on `npm start`), so the two never disagree.
const listFile = new URL('../../../../scripts/system-programs.json', import.meta.url);

function onPath(bin: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${bin}`], { stdio: 'ignore' }).status === 0;
}

/** The system programs Insession uses that are not installed, each with the Debian package that provides it. */
export function missingSystemPrograms(): SystemProgram[] {
  const programs = JSON.parse(readFileSync(listFile, 'utf8')) as SystemProgram[];
  return programs.filter((p) => !onPath(p.bin));
}

/**
 * Start-up check for `serve` and `worker`. Nothing here is needed to start (transcripts, analysis and the web
 * app work without them), so a missing program is a warning naming the package, not a refusal.
 */
export function warnAboutMissingPrograms(write: (line: string) => void = (l) => process.stderr.write(l)): void {
  const missing = missingSystemPrograms();
  for (const p of missing) write(`warning: ${p.bin} is not installed (needed for ${p.why}); apt package: ${p.apt}\n`);
  if (missing.length > 0) {
    const packages = [...new Set(missing.flatMap((p) => p.apt.split(' ')))].join(' ');
    write(`Install them with: sudo apt-get install -y ${packages}\n`);
  }
}
